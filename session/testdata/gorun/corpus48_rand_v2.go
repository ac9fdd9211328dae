package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		fmt.Print(r.IntN(100), " ")
	}
	fmt.Println()
	fmt.Printf("%.4f\n", r.Float64())
	deck := []string{"A", "K", "Q", "J", "10"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(r.Perm(6))
	fmt.Println(r.Uint64N(1000), r.Int32N(50))

	r2 := rand.New(rand.NewPCG(1, 2))
	fmt.Println("same seed, same first:", r2.IntN(100))

	// The top-level functions are randomly seeded; only check the range.
	n := rand.IntN(10)
	fmt.Println(n >= 0 && n < 10)
	fmt.Println(rand.N(5) < 5)
}
