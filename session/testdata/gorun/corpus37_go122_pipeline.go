package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
)

type Task struct {
	ID    int
	Input int
}

type Outcome struct {
	ID     int
	Output int
	Err    error
}

var errOdd = errors.New("odd input rejected")

func generate(ctx context.Context, n int) <-chan Task {
	out := make(chan Task)
	go func() {
		defer close(out)
		for i := range n {
			select {
			case out <- Task{ID: i, Input: i * 3}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func work(ctx context.Context, in <-chan Task, workers int) <-chan Outcome {
	out := make(chan Outcome)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range in {
				o := Outcome{ID: t.ID}
				if t.Input%2 == 1 {
					o.Err = fmt.Errorf("task %d: %w", t.ID, errOdd)
				} else {
					o.Output = t.Input * t.Input
				}
				select {
				case out <- o:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	var results []Outcome
	for o := range work(ctx, generate(ctx, 8), 3) {
		results = append(results, o)
	}
	slices.SortFunc(results, func(a, b Outcome) int { return a.ID - b.ID })

	var errs []error
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		fmt.Printf("task %d -> %d\n", r.ID, r.Output)
	}
	err := errors.Join(errs...)
	fmt.Println("failures:", len(errs), errors.Is(err, errOdd))
	fmt.Println(err)
}
