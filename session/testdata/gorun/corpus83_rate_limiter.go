package main

import (
	"fmt"
	"sync"
	"time"
)

type TokenBucket struct {
	mu       sync.Mutex
	tokens   float64
	capacity float64
	rate     float64
	last     time.Time
	now      func() time.Time
}

func NewBucket(capacity, rate float64, now func() time.Time) *TokenBucket {
	return &TokenBucket{tokens: capacity, capacity: capacity, rate: rate, last: now(), now: now}
}

func (b *TokenBucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := b.now()
	b.tokens = min(b.capacity, b.tokens+t.Sub(b.last).Seconds()*b.rate)
	b.last = t
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

func main() {
	clock := &fakeClock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	b := NewBucket(3, 2, clock.Now)
	var results []string
	for i := 0; i < 6; i++ {
		results = append(results, fmt.Sprint(b.Allow()))
	}
	fmt.Println(results)
	clock.Advance(500 * time.Millisecond)
	fmt.Println(b.Allow(), b.Allow())
	clock.Advance(10 * time.Second)
	n := 0
	for b.Allow() {
		n++
	}
	fmt.Println("burst after idle:", n)

	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed := 0
	clock.Advance(time.Hour)
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if b.Allow() {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("concurrent allowed:", allowed)
}
