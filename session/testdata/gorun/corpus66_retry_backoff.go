package main

import (
	"errors"
	"fmt"
	"time"
)

type FakeClock struct {
	now time.Duration
}

func (c *FakeClock) Sleep(d time.Duration) { c.now += d }
func (c *FakeClock) Now() time.Duration    { return c.now }

var ErrTransient = errors.New("transient")
var ErrFatal = errors.New("fatal")

type flaky struct {
	failures int
	calls    int
	fatalAt  int
}

func (f *flaky) Call() error {
	f.calls++
	if f.fatalAt > 0 && f.calls == f.fatalAt {
		return ErrFatal
	}
	if f.calls <= f.failures {
		return fmt.Errorf("attempt %d: %w", f.calls, ErrTransient)
	}
	return nil
}

func retry(clk *FakeClock, attempts int, base time.Duration, op func() error) error {
	delay := base
	var err error
	for i := 1; i <= attempts; i++ {
		err = op()
		if err == nil {
			return nil
		}
		if !errors.Is(err, ErrTransient) {
			return fmt.Errorf("giving up: %w", err)
		}
		if i == attempts {
			break
		}
		fmt.Printf("  t=%v retry %d after %v: %v\n", clk.Now(), i, delay, err)
		clk.Sleep(delay)
		delay *= 2
		if delay > 800*time.Millisecond {
			delay = 800 * time.Millisecond
		}
	}
	return fmt.Errorf("after %d attempts: %w", attempts, err)
}

func main() {
	cases := []*flaky{{failures: 2}, {failures: 10}, {failures: 5, fatalAt: 3}}
	for i, f := range cases {
		clk := &FakeClock{}
		err := retry(clk, 6, 100*time.Millisecond, f.Call)
		fmt.Printf("case %d: calls=%d elapsed=%v err=%v\n", i, f.calls, clk.Now(), err)
		fmt.Println("  transient:", errors.Is(err, ErrTransient), "fatal:", errors.Is(err, ErrFatal))
	}
}
