package main

import (
	"fmt"
	"time"
)

type RateCounter struct {
	window time.Duration
	events []time.Time
}

func (rc *RateCounter) Add(t time.Time) {
	rc.events = append(rc.events, t)
	rc.evict(t)
}

func (rc *RateCounter) evict(now time.Time) {
	cut := now.Add(-rc.window)
	i := 0
	for i < len(rc.events) && !rc.events[i].After(cut) {
		i++
	}
	rc.events = rc.events[i:]
}

func (rc *RateCounter) Rate(now time.Time) float64 {
	rc.evict(now)
	return float64(len(rc.events)) / rc.window.Seconds()
}

type TokenBucket struct {
	capacity float64
	tokens   float64
	perSec   float64
	last     time.Time
}

func (b *TokenBucket) Allow(now time.Time) bool {
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = min(b.capacity, b.tokens+elapsed*b.perSec)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func main() {
	base := time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)
	offsets := []int{0, 100, 250, 300, 900, 1200, 1250, 1300, 1350, 2600, 2700, 5000}
	rc := &RateCounter{window: time.Second}
	for _, ms := range offsets {
		t := base.Add(time.Duration(ms) * time.Millisecond)
		rc.Add(t)
		fmt.Printf("%s events=%d rate=%.1f/s\n", t.Format("15:04:05.000"), len(rc.events), rc.Rate(t))
	}
	tb := &TokenBucket{capacity: 3, tokens: 3, perSec: 2, last: base}
	var allowed, denied int
	for i := 0; i < 20; i++ {
		t := base.Add(time.Duration(i*150) * time.Millisecond)
		if tb.Allow(t) {
			allowed++
			fmt.Print("+")
		} else {
			denied++
			fmt.Print("-")
		}
	}
	fmt.Printf("\nallowed=%d denied=%d tokens=%.2f\n", allowed, denied, tb.tokens)
	perMinute := map[int]int{}
	for _, ms := range offsets {
		perMinute[ms/1000]++
	}
	for s := 0; s <= 5; s++ {
		fmt.Printf("second %d: %d\n", s, perMinute[s])
	}
}
