package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

// Group runs functions in goroutines and keeps the first error, like
// golang.org/x/sync/errgroup, written by hand.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var ErrBadInput = errors.New("bad input")

func process(ctx context.Context, n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("process %d: %w", n, ErrBadInput)
	}
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	case <-time.After(time.Duration(n) * time.Millisecond):
		return n * 10, nil
	}
}

func runAll(inputs []int) ([]int, error) {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	var out []int
	for _, n := range inputs {
		g.Go(func() error {
			v, err := process(ctx, n)
			if err != nil {
				return err
			}
			mu.Lock()
			out = append(out, v)
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	sort.Ints(out)
	return out, err
}

func main() {
	out, err := runAll([]int{3, 1, 2})
	fmt.Println(out, err)

	_, err = runAll([]int{1, -5, 2000})
	fmt.Println(err, errors.Is(err, ErrBadInput))

	var g Group
	var mu sync.Mutex
	seen := map[string]bool{}
	for _, name := range []string{"db", "cache", "queue"} {
		g.Go(func() error {
			mu.Lock()
			seen[name] = true
			mu.Unlock()
			return nil
		})
	}
	fmt.Println(g.Wait(), len(seen), seen["queue"])

	sem := make(chan struct{}, 2)
	var active, peak int
	var pmu sync.Mutex
	var g2 Group
	for i := 0; i < 6; i++ {
		g2.Go(func() error {
			sem <- struct{}{}
			defer func() { <-sem }()
			pmu.Lock()
			active++
			if active > peak {
				peak = active
			}
			pmu.Unlock()
			time.Sleep(2 * time.Millisecond)
			pmu.Lock()
			active--
			pmu.Unlock()
			return nil
		})
	}
	g2.Wait()
	fmt.Println("peak <= 2:", peak <= 2, "active:", active)
}
