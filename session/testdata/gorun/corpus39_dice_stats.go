package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	r := rand.New(rand.NewSource(42))
	counts := make([]int, 13)
	const rolls = 36000
	for i := 0; i < rolls; i++ {
		s := r.Intn(6) + 1 + r.Intn(6) + 1
		counts[s]++
	}
	fmt.Printf("%3s %6s %7s %7s\n", "sum", "count", "obs%", "exp%")
	for s := 2; s <= 12; s++ {
		ways := 6 - abs(7-s)
		exp := float64(ways) / 36 * 100
		obs := float64(counts[s]) / rolls * 100
		fmt.Printf("%3d %6d %6.2f%% %6.2f%% %s\n", s, counts[s], obs, exp, strings.Repeat("#", counts[s]/250))
	}
	xs := make([]float64, 5)
	for i := range xs {
		xs[i] = r.Float64()
	}
	fmt.Printf("%.4f\n", xs)
	perm := r.Perm(8)
	fmt.Println(perm)
	deck := []string{"A", "K", "Q", "J", "10"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(r.Int63n(1000), r.Int31n(10), r.Uint32()%100)
	fmt.Printf("%.3f\n", r.NormFloat64())
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
