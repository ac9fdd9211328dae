package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTransient = errors.New("transient failure")
var ErrFatal = errors.New("fatal failure")

type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

func (p Policy) Delay(attempt int) time.Duration {
	d := p.Base << attempt
	if d > p.Max {
		d = p.Max
	}
	return d
}

// Retry calls op until it succeeds, fails fatally, or runs out of attempts.
// sleep is injected so that the example stays fast and deterministic.
func Retry(p Policy, sleep func(time.Duration), op func(attempt int) error) (int, error) {
	var err error
	for a := 0; a < p.Attempts; a++ {
		err = op(a)
		if err == nil {
			return a + 1, nil
		}
		if errors.Is(err, ErrFatal) {
			return a + 1, fmt.Errorf("giving up: %w", err)
		}
		if a < p.Attempts-1 {
			sleep(p.Delay(a))
		}
	}
	return p.Attempts, fmt.Errorf("after %d attempts: %w", p.Attempts, err)
}

func main() {
	p := Policy{Attempts: 5, Base: 100 * time.Millisecond, Max: time.Second}
	var slept []time.Duration
	fakeSleep := func(d time.Duration) { slept = append(slept, d) }

	n, err := Retry(p, fakeSleep, func(a int) error {
		if a < 3 {
			return fmt.Errorf("call %d: %w", a, ErrTransient)
		}
		return nil
	})
	fmt.Println("attempts:", n, "err:", err, "slept:", slept)

	slept = nil
	n, err = Retry(p, fakeSleep, func(a int) error { return ErrTransient })
	fmt.Println("attempts:", n, "err:", err)
	fmt.Println("slept:", slept)
	fmt.Println(errors.Is(err, ErrTransient))

	slept = nil
	n, err = Retry(p, fakeSleep, func(a int) error {
		if a == 1 {
			return fmt.Errorf("disk: %w", ErrFatal)
		}
		return ErrTransient
	})
	fmt.Println("attempts:", n, "err:", err, "slept:", slept)

	var total time.Duration
	for i := 0; i < 8; i++ {
		total += p.Delay(i)
	}
	fmt.Println("total backoff for 8:", total)

	start := time.Now()
	_, err = Retry(Policy{Attempts: 3, Base: time.Millisecond, Max: 2 * time.Millisecond}, time.Sleep, func(a int) error {
		if a == 2 {
			return nil
		}
		return ErrTransient
	})
	fmt.Println("real sleep ok:", err == nil, time.Since(start) >= 3*time.Millisecond)
}
