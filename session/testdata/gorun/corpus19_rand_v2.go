package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.IntN(100))
	fmt.Printf("%.4f\n", r.Float64())
	fmt.Println(r.Uint64())
	fmt.Println(r.Int32N(10), r.Int64N(1000), r.UintN(7))

	deck := []string{"A", "K", "Q", "J", "10", "9"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)

	fmt.Println(r.Perm(6))

	counts := make([]int, 3)
	for range 300 {
		counts[r.IntN(3)]++
	}
	fmt.Println(counts, counts[0]+counts[1]+counts[2])

	r2 := rand.New(rand.NewPCG(1, 2))
	r3 := rand.New(rand.NewPCG(1, 2))
	same := true
	for range 10 {
		if r2.Int() != r3.Int() {
			same = false
		}
	}
	fmt.Println("reproducible:", same)

	cc := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cc.IntN(1000), cc.IntN(1000))

	picks := []int{rand.N(10), rand.IntN(5)}
	fmt.Println(len(picks), slices.Max(picks) < 10)
	fmt.Printf("%.3f\n", r.NormFloat64())
	fmt.Printf("%.3f\n", r.ExpFloat64())
}
