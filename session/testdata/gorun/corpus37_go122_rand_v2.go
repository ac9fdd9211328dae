package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Deck []string

func NewDeck() Deck {
	var d Deck
	for _, s := range []string{"S", "H"} {
		for _, r := range []string{"A", "K", "Q", "J"} {
			d = append(d, r+s)
		}
	}
	return d
}

func (d Deck) Shuffle(r *rand.Rand) {
	r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
}

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	d := NewDeck()
	d.Shuffle(r)
	fmt.Println(strings.Join(d, " "))

	rolls := make([]int, 8)
	for i := range rolls {
		rolls[i] = r.IntN(6) + 1
	}
	fmt.Println("rolls:", rolls)
	fmt.Println("perm:", r.Perm(5))
	fmt.Printf("float: %.6f\n", r.Float64())
	fmt.Println("uint64:", r.Uint64())
	fmt.Println("int32n:", r.Int32N(1000))

	r2 := rand.New(rand.NewPCG(42, 1024))
	d2 := NewDeck()
	d2.Shuffle(r2)
	fmt.Println("same seed same order:", strings.Join(d, "") == strings.Join(d2, ""))

	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println("chacha:", c.IntN(100), c.IntN(100), c.IntN(100))

	x := rand.N(10)
	fmt.Println("global N in range:", x >= 0 && x < 10)
}
