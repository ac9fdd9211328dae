package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		fmt.Print(r.IntN(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int64N(1000), r.Uint32(), r.Float64() < 1)
	deck := []string{"A", "K", "Q", "J", "10", "9"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(r.Perm(6))

	r2 := rand.New(rand.NewPCG(1, 2))
	fmt.Println("same seed:", r2.IntN(100))

	cc := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cc.IntN(1000), cc.IntN(1000))

	// The global functions are not seeded; only ranges are checked.
	x := rand.IntN(10)
	fmt.Println(x >= 0 && x < 10)
	d := rand.N(int64(50))
	fmt.Println(d >= 0 && d < 50)
	counts := make([]int, 3)
	for range 300 {
		counts[r.IntN(3)]++
	}
	fmt.Println(counts, slices.Min(counts) > 50)
	z := rand.NewZipf(r, 1.5, 2, 10)
	fmt.Println(z.Uint64() <= 10)
}
