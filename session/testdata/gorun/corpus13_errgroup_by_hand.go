package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// Group is a small errgroup: it runs functions, waits for all of them,
// keeps the first error and cancels the shared context when one fails.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
	sem     chan struct{}
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
		}()
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

var errBadInput = errors.New("bad input")

func process(ctx context.Context, n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("process(%d): %w", n, errBadInput)
	}
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	default:
	}
	return n * n, nil
}

func main() {
	inputs := []int{1, 2, 3, 4, 5, 6}
	results := make([]int, len(inputs))
	g, ctx := WithContext(context.Background())
	g.SetLimit(2)
	for i, n := range inputs {
		g.Go(func() error {
			r, err := process(ctx, n)
			results[i] = r
			return err
		})
	}
	fmt.Println(g.Wait(), results)

	g2, ctx2 := WithContext(context.Background())
	var mu sync.Mutex
	var done []int
	for _, n := range []int{10, -1, 20} {
		g2.Go(func() error {
			r, err := process(ctx2, n)
			if err != nil {
				return err
			}
			mu.Lock()
			done = append(done, r)
			mu.Unlock()
			return nil
		})
	}
	err := g2.Wait()
	fmt.Println("error:", err, errors.Is(err, errBadInput))
	fmt.Println("context after failure:", ctx2.Err())

	var plain Group
	var total int64
	var tmu sync.Mutex
	for i := range 100 {
		plain.Go(func() error {
			tmu.Lock()
			total += int64(i)
			tmu.Unlock()
			return nil
		})
	}
	fmt.Println(plain.Wait(), total)
	sort.Ints(done)
	fmt.Println(len(done) <= 2)
}
