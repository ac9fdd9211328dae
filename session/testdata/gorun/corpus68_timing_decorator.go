package main

import (
	"fmt"
	"time"
)

type Clock interface {
	Now() time.Time
}

type fakeClock struct {
	t time.Time
}

func (c *fakeClock) Now() time.Time { return c.t }

func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

func timed[T any](clk Clock, name string, f func() T) func() T {
	return func() T {
		start := clk.Now()
		defer func() {
			fmt.Printf("%s took %v\n", name, clk.Now().Sub(start))
		}()
		return f()
	}
}

func main() {
	clk := &fakeClock{t: time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	work := func() int {
		clk.Advance(150 * time.Millisecond)
		return 42
	}
	slow := func() string {
		clk.Advance(2*time.Second + 5*time.Millisecond)
		return "done"
	}
	tw := timed(clk, "work", work)
	ts := timed(clk, "slow", slow)
	fmt.Println("result:", tw())
	fmt.Println("result:", ts())
	fmt.Println("result:", tw())
	fmt.Println("clock:", clk.Now().Format(time.RFC3339Nano))
}
