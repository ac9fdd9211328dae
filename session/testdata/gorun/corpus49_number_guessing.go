package main

import (
	"fmt"
	"math/rand"
)

// guesser simulates a player doing a binary search on the range.
type guesser struct {
	lo, hi int
}

func (g *guesser) next() int { return (g.lo + g.hi) / 2 }

func (g *guesser) feedback(guess int, tooHigh bool) {
	if tooHigh {
		g.hi = guess - 1
	} else {
		g.lo = guess + 1
	}
}

func playRound(secret, max int) int {
	g := &guesser{1, max}
	for attempts := 1; ; attempts++ {
		guess := g.next()
		switch {
		case guess < secret:
			fmt.Printf("  guess %3d: too low\n", guess)
			g.feedback(guess, false)
		case guess > secret:
			fmt.Printf("  guess %3d: too high\n", guess)
			g.feedback(guess, true)
		default:
			fmt.Printf("  guess %3d: correct!\n", guess)
			return attempts
		}
	}
}

func main() {
	r := rand.New(rand.NewSource(42))
	total := 0
	for round := 1; round <= 3; round++ {
		secret := r.Intn(100) + 1
		fmt.Printf("round %d (secret hidden)\n", round)
		n := playRound(secret, 100)
		total += n
		fmt.Printf("  solved in %d attempts\n", n)
	}
	fmt.Printf("average attempts: %.2f\n", float64(total)/3)
	r2 := rand.New(rand.NewSource(7))
	perm := r2.Perm(5)
	fmt.Println("perm:", perm, "float ok:", r2.Float64() < 1)
}
