package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Group runs functions in goroutines and remembers the first error, like errgroup.Group.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelCauseFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
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
					g.cancel(err)
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

var errBad = errors.New("bad record")

func main() {
	g, ctx := WithContext(context.Background())
	results := make([]int, 5)
	for i := range 5 {
		g.Go(func() error {
			if i == 3 {
				return fmt.Errorf("record %d: %w", i, errBad)
			}
			results[i] = i * 100
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("error:", err)
	fmt.Println("is errBad:", errors.Is(err, errBad))
	fmt.Println("ctx cancelled:", ctx.Err() != nil, "cause:", context.Cause(ctx))
	fmt.Println("results:", results)

	var ok Group
	sum := make([]int, 4)
	for i := 0; i < 4; i++ {
		ok.Go(func() error { sum[i] = i + 1; return nil })
	}
	fmt.Println("ok group:", ok.Wait(), sum)
}
