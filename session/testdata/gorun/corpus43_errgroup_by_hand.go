package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Group runs tasks and keeps the first error, like errgroup.Group.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
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

var errBadInput = errors.New("bad input")

func main() {
	g, ctx := WithContext(context.Background())
	results := make([]int, 5)
	for i := range results {
		g.Go(func() error {
			if i == 3 {
				return fmt.Errorf("task %d: %w", i, errBadInput)
			}
			results[i] = i * 2
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("error:", err)
	fmt.Println("is bad input:", errors.Is(err, errBadInput))
	fmt.Println("ctx done:", ctx.Err() != nil)
	fmt.Println("results:", results)

	var ok Group
	for i := 0; i < 3; i++ {
		ok.Go(func() error { return nil })
	}
	fmt.Println("all good:", ok.Wait())
}
