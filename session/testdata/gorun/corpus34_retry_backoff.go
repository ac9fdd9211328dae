package main

import (
	"errors"
	"fmt"
	"time"
)

type fakeSleeper struct {
	total time.Duration
	calls []time.Duration
}

func (f *fakeSleeper) Sleep(d time.Duration) {
	f.total += d
	f.calls = append(f.calls, d)
}

type TemporaryError struct {
	Attempt int
}

func (e *TemporaryError) Error() string {
	return fmt.Sprintf("temporary failure on attempt %d", e.Attempt)
}

var ErrPermanent = errors.New("permanent failure")

func Retry(maxAttempts int, base time.Duration, sleep func(time.Duration), op func(attempt int) error) error {
	var err error
	delay := base
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		err = op(attempt)
		if err == nil {
			return nil
		}
		var tmp *TemporaryError
		if !errors.As(err, &tmp) {
			return fmt.Errorf("giving up after %d attempts: %w", attempt, err)
		}
		if attempt < maxAttempts {
			sleep(delay)
			delay *= 2
		}
	}
	return fmt.Errorf("exhausted %d attempts: %w", maxAttempts, err)
}

func main() {
	s := &fakeSleeper{}
	err := Retry(5, 100*time.Millisecond, s.Sleep, func(a int) error {
		if a < 4 {
			return &TemporaryError{a}
		}
		return nil
	})
	fmt.Println("1:", err, s.calls, s.total)

	s = &fakeSleeper{}
	err = Retry(3, time.Second, s.Sleep, func(a int) error { return &TemporaryError{a} })
	fmt.Println("2:", err, s.total)
	var te *TemporaryError
	fmt.Println("   as temporary:", errors.As(err, &te), te.Attempt)

	s = &fakeSleeper{}
	err = Retry(3, time.Second, s.Sleep, func(a int) error { return fmt.Errorf("db: %w", ErrPermanent) })
	fmt.Println("3:", err, len(s.calls), errors.Is(err, ErrPermanent))
}
