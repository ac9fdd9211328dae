package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Die struct {
	Sides int
	rng   *rand.Rand
}

func (d Die) Roll() int { return d.rng.IntN(d.Sides) + 1 }

func rollMany(d Die, n int) map[int]int {
	h := map[int]int{}
	for i := 0; i < n; i++ {
		h[d.Roll()+d.Roll()]++
	}
	return h
}

func main() {
	rng := rand.New(rand.NewPCG(2024, 7))
	d := Die{Sides: 6, rng: rng}
	h := rollMany(d, 3600)
	maxCount := 0
	for _, c := range h {
		maxCount = max(maxCount, c)
	}
	for sum := 2; sum <= 12; sum++ {
		bar := strings.Repeat("*", h[sum]*40/maxCount)
		fmt.Printf("%2d %4d %s\n", sum, h[sum], bar)
	}

	deck := make([]string, 0, 52)
	for _, s := range []string{"♠", "♥", "♦", "♣"} {
		for _, v := range []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"} {
			deck = append(deck, v+s)
		}
	}
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	hands := make([][]string, 4)
	for i := 0; i < 20; i++ {
		hands[i%4] = append(hands[i%4], deck[i])
	}
	for i, hand := range hands {
		fmt.Printf("player %d: %s\n", i+1, strings.Join(hand, " "))
	}

	inside := 0
	const n = 20000
	for range n {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.3f\n", 4*float64(inside)/n)
}
