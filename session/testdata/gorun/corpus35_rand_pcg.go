package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.IntN(100))
	fmt.Printf("%.4f %.4f\n", r.Float64(), r.Float64())
	fmt.Println(r.Uint64(), r.Int64N(1_000_000), r.Uint32())
	fmt.Println("perm:", r.Perm(8))

	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta")
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)

	fmt.Printf("norm=%.4f exp=%.4f\n", r.NormFloat64(), r.ExpFloat64())
	fmt.Println(rand.N[int64](1), r.UintN(10), r.Int32N(7))

	a := rand.New(rand.NewPCG(42, 42))
	b := rand.New(rand.NewPCG(42, 42))
	same := true
	for range 100 {
		if a.Int() != b.Int() {
			same = false
		}
	}
	fmt.Println("same seed same stream:", same)

	var seed [32]byte
	copy(seed[:], "chacha8 seed for the example!!!!")
	c := rand.New(rand.NewChaCha8(seed))
	fmt.Println(c.IntN(1000), c.IntN(1000), c.IntN(1000))

	z := rand.NewZipf(rand.New(rand.NewPCG(7, 7)), 1.5, 2, 20)
	hist := make([]int, 21)
	for range 1000 {
		hist[z.Uint64()]++
	}
	fmt.Println("zipf head:", hist[:6])
}
