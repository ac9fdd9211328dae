package main

import (
	"fmt"
	"time"
)

// Clock lets tests drive time by hand.
type Clock interface {
	Now() time.Time
}

type FakeClock struct{ t time.Time }

func (c *FakeClock) Now() time.Time          { return c.t }
func (c *FakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

// TokenBucket refills rate tokens per second up to burst.
type TokenBucket struct {
	clock  Clock
	rate   float64
	burst  float64
	tokens float64
	last   time.Time
}

func NewTokenBucket(c Clock, rate float64, burst int) *TokenBucket {
	return &TokenBucket{clock: c, rate: rate, burst: float64(burst), tokens: float64(burst), last: c.Now()}
}

func (b *TokenBucket) Allow() bool {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens = min(b.burst, b.tokens+elapsed*b.rate)
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func main() {
	clk := &FakeClock{t: time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	lim := NewTokenBucket(clk, 2, 3) // 2 per second, bursts of 3

	for i := range 5 {
		fmt.Printf("t=0.0s req %d allowed=%v\n", i, lim.Allow())
	}
	clk.Advance(500 * time.Millisecond)
	fmt.Println("t=0.5s allowed:", lim.Allow(), lim.Allow())
	clk.Advance(time.Second)
	fmt.Println("t=1.5s allowed:", lim.Allow(), lim.Allow(), lim.Allow())
	clk.Advance(10 * time.Second)
	n := 0
	for lim.Allow() {
		n++
	}
	fmt.Println("t=11.5s burst allowed:", n)
	fmt.Println("clock:", clk.Now().Format(time.TimeOnly))
}
