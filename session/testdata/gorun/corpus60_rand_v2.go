package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for range 3 {
		fmt.Println(r.IntN(100))
	}
	fmt.Println(r.Float64() < 1)
	fmt.Println(r.Uint64())

	deck := []string{"A", "K", "Q", "J", "10"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)

	fmt.Println(r.Perm(5))
	fmt.Println(r.Int32N(10), r.Int64N(1000))

	r2 := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(r2.IntN(1000), r2.IntN(1000))

	n := rand.N(10)
	fmt.Println(n >= 0 && n < 10)
}
