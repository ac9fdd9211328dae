package main

import (
	"errors"
	"fmt"
	"time"
)

var errTransient = errors.New("transient failure")

type sleeper func(time.Duration)

func Retry(attempts int, base time.Duration, sleep sleeper, op func(attempt int) error) error {
	var err error
	delay := base
	for a := 1; a <= attempts; a++ {
		if err = op(a); err == nil {
			return nil
		}
		if !errors.Is(err, errTransient) {
			return fmt.Errorf("permanent error on attempt %d: %w", a, err)
		}
		if a < attempts {
			sleep(delay)
			delay *= 2
		}
	}
	return fmt.Errorf("gave up after %d attempts: %w", attempts, err)
}

func main() {
	var slept []time.Duration
	fakeSleep := func(d time.Duration) { slept = append(slept, d) }

	failUntil := func(n int) func(int) error {
		return func(a int) error {
			if a < n {
				return fmt.Errorf("try %d: %w", a, errTransient)
			}
			return nil
		}
	}

	fmt.Println(Retry(5, 100*time.Millisecond, fakeSleep, failUntil(3)), slept)
	slept = nil
	err := Retry(3, time.Second, fakeSleep, failUntil(10))
	fmt.Println(err, slept)
	fmt.Println(errors.Is(err, errTransient))
	slept = nil
	err = Retry(3, time.Second, fakeSleep, func(a int) error { return errors.New("bad config") })
	fmt.Println(err, len(slept))
}
