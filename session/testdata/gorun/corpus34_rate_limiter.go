package main

import (
	"fmt"
	"time"
)

type Clock interface {
	Now() time.Time
}

type FakeClock struct {
	t time.Time
}

func (c *FakeClock) Now() time.Time          { return c.t }
func (c *FakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type TokenBucket struct {
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

func NewTokenBucket(c Clock, capacity int, perSecond float64) *TokenBucket {
	return &TokenBucket{clock: c, capacity: float64(capacity), tokens: float64(capacity), rate: perSecond, last: c.Now()}
}

func (b *TokenBucket) Allow() bool {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func main() {
	clock := &FakeClock{t: time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	lim := NewTokenBucket(clock, 3, 2)

	steps := []time.Duration{0, 0, 0, 0, 100 * time.Millisecond, 400 * time.Millisecond, 0, 0, 2 * time.Second, 0, 0, 0, 0}
	allowed, denied := 0, 0
	for i, d := range steps {
		clock.Advance(d)
		ok := lim.Allow()
		if ok {
			allowed++
		} else {
			denied++
		}
		fmt.Printf("req %2d at %s: allowed=%-5v tokens=%.2f\n", i, clock.Now().Format("15:04:05.000"), ok, lim.tokens)
	}
	fmt.Println("allowed:", allowed, "denied:", denied)
	var _ Clock = (*FakeClock)(nil)
	fmt.Println(clock.Now().Sub(time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)))
}
