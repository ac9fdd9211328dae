package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

func estimatePi(r *rand.Rand, n int) float64 {
	inside := 0
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	return 4 * float64(inside) / float64(n)
}

func integrate(r *rand.Rand, f func(float64) float64, a, b float64, n int) float64 {
	sum := 0.0
	for range n {
		sum += f(a + (b-a)*r.Float64())
	}
	return (b - a) * sum / float64(n)
}

func diceProb(r *rand.Rand, trials int) map[int]float64 {
	counts := make(map[int]int)
	for i := 0; i < trials; i++ {
		s := r.IntN(6) + 1 + r.IntN(6) + 1
		counts[s]++
	}
	p := make(map[int]float64, len(counts))
	for k, v := range counts {
		p[k] = float64(v) / float64(trials)
	}
	return p
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{100, 1000, 10000, 100000} {
		est := estimatePi(r, n)
		fmt.Printf("n=%-6d pi~%.4f err=%.4f\n", n, est, math.Abs(est-math.Pi))
	}
	v := integrate(r, math.Sin, 0, math.Pi, 50000)
	fmt.Printf("integral sin 0..pi ~ %.4f\n", v)
	sq := integrate(r, func(x float64) float64 { return x * x }, 0, 3, 50000)
	fmt.Printf("integral x^2 0..3 ~ %.4f\n", sq)
	p := diceProb(r, 36000)
	for s := 2; s <= 12; s++ {
		fmt.Printf("%2d: %.4f (exact %.4f)\n", s, p[s], float64(6-abs(s-7))/36)
	}
	var walk float64
	for range 1000 {
		if r.IntN(2) == 0 {
			walk--
		} else {
			walk++
		}
	}
	fmt.Printf("random walk end: %.0f\n", walk)
	r2 := rand.New(rand.NewPCG(1, 2))
	fmt.Printf("reseeded same first: %.4f\n", estimatePi(r2, 100))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
