package main

import (
	"fmt"
	"time"
)

// A token bucket driven by a fake clock instead of time.Tick.
type bucket struct {
	capacity int
	tokens   int
	every    time.Duration
	last     time.Time
}

func newBucket(capacity int, every time.Duration, start time.Time) *bucket {
	return &bucket{capacity: capacity, tokens: capacity, every: every, last: start}
}

func (b *bucket) allow(now time.Time) bool {
	elapsed := now.Sub(b.last)
	if add := int(elapsed / b.every); add > 0 {
		b.tokens = min(b.capacity, b.tokens+add)
		b.last = b.last.Add(time.Duration(add) * b.every)
	}
	if b.tokens == 0 {
		return false
	}
	b.tokens--
	return true
}

func main() {
	start := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	b := newBucket(3, 200*time.Millisecond, start)
	var allowed, denied []string
	for i := 0; i < 12; i++ {
		now := start.Add(time.Duration(i) * 50 * time.Millisecond)
		label := fmt.Sprintf("req%d@%s", i, now.Format("15:04:05.000"))
		if b.allow(now) {
			allowed = append(allowed, label)
		} else {
			denied = append(denied, label)
		}
	}
	fmt.Println("allowed:")
	for _, a := range allowed {
		fmt.Println(" ", a)
	}
	fmt.Println("denied:", len(denied))
	fmt.Println(denied[0], denied[len(denied)-1])

	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	tick := make(chan time.Time, 5)
	for i := range 5 {
		tick <- start.Add(time.Duration(i+1) * 200 * time.Millisecond)
	}
	for req := range requests {
		t := <-tick
		fmt.Println("request", req, t.Sub(start))
	}
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Round(time.Second), d.Truncate(time.Second), time.Duration(90)*time.Minute)
}
