package main

import (
	"fmt"
	"math/rand/v2"
)

type Card struct {
	Rank string
	Suit string
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		fmt.Print(r.IntN(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int64N(1_000_000), r.Uint32(), r.Float64() < 1)

	deck := []Card{}
	for _, s := range []string{"S", "H"} {
		for _, rk := range []string{"A", "K", "Q"} {
			deck = append(deck, Card{rk, s})
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(r.Perm(6))

	r2 := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r2.IntN(100))

	cc := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cc.IntN(1000), cc.IntN(1000))
	fmt.Println(rand.N(10) < 10, rand.IntN(5) >= 0)
	weights := map[string]int{}
	for range 1000 {
		if r.Float64() < 0.3 {
			weights["low"]++
		} else {
			weights["high"]++
		}
	}
	fmt.Println(weights)
}
