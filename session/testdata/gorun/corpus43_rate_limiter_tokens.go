package main

import (
	"fmt"
)

// Limiter hands out tokens from a buffered channel; a refill step
// adds tokens back, the way a ticker would in a real program.
type Limiter struct {
	tokens chan struct{}
}

func NewLimiter(burst int) *Limiter {
	l := &Limiter{tokens: make(chan struct{}, burst)}
	l.Refill(burst)
	return l
}

func (l *Limiter) Refill(n int) int {
	added := 0
	for i := 0; i < n; i++ {
		select {
		case l.tokens <- struct{}{}:
			added++
		default:
			return added
		}
	}
	return added
}

func (l *Limiter) Allow() bool {
	select {
	case <-l.tokens:
		return true
	default:
		return false
	}
}

func main() {
	l := NewLimiter(3)
	for i := 1; i <= 5; i++ {
		fmt.Printf("request %d allowed: %v\n", i, l.Allow())
	}
	fmt.Println("refilled:", l.Refill(2))
	for i := 6; i <= 8; i++ {
		fmt.Printf("request %d allowed: %v\n", i, l.Allow())
	}
	fmt.Println("refill beyond burst:", l.Refill(10))

	allowed, denied := 0, 0
	for i := 0; i < 10; i++ {
		if l.Allow() {
			allowed++
		} else {
			denied++
		}
	}
	fmt.Println("allowed:", allowed, "denied:", denied)
}
