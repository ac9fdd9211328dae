package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

type Die struct {
	Sides int
	rng   *rand.Rand
}

func (d Die) Roll() int { return d.rng.Intn(d.Sides) + 1 }

type Stats struct {
	counts map[int]int
	n      int
	sum    float64
	sumSq  float64
}

func (s *Stats) Add(v int) {
	if s.counts == nil {
		s.counts = make(map[int]int)
	}
	s.counts[v]++
	s.n++
	s.sum += float64(v)
	s.sumSq += float64(v * v)
}

func (s *Stats) Mean() float64 { return s.sum / float64(s.n) }

func (s *Stats) StdDev() float64 {
	m := s.Mean()
	return math.Sqrt(s.sumSq/float64(s.n) - m*m)
}

func main() {
	rng := rand.New(rand.NewSource(42))
	d1, d2 := Die{6, rng}, Die{6, rng}
	var st Stats
	const rolls = 3600
	for i := 0; i < rolls; i++ {
		st.Add(d1.Roll() + d2.Roll())
	}
	fmt.Printf("rolls=%d mean=%.3f sd=%.3f\n", st.n, st.Mean(), st.StdDev())
	maxCount := 0
	for _, c := range st.counts {
		maxCount = max(maxCount, c)
	}
	for total := 2; total <= 12; total++ {
		c := st.counts[total]
		expected := float64(6-abs(total-7)) / 36 * rolls
		bar := strings.Repeat("*", c*40/maxCount)
		fmt.Printf("%2d %4d (exp %4.0f) %s\n", total, c, expected, bar)
	}
	d20 := Die{Sides: 20, rng: rand.New(rand.NewSource(7))}
	crits := 0
	for range 1000 {
		if d20.Roll() == 20 {
			crits++
		}
	}
	fmt.Println("natural 20s in 1000 rolls:", crits)
	fmt.Println(rng.Perm(6))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
