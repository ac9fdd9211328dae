package main

import (
	"fmt"
	"strings"
	"sync"
)

func ParallelMap[T, U any](in []T, workers int, f func(T) U) []U {
	out := make([]U, len(in))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = f(in[i])
			}
		}()
	}
	for i := range in {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

type result[T any] struct {
	idx int
	val T
	err error
}

func TryAll[T any](fns []func() (T, error)) ([]T, []error) {
	ch := make(chan result[T], len(fns))
	for i, fn := range fns {
		go func() {
			v, err := fn()
			ch <- result[T]{i, v, err}
		}()
	}
	vals := make([]T, len(fns))
	errs := make([]error, len(fns))
	for range fns {
		r := <-ch
		vals[r.idx], errs[r.idx] = r.val, r.err
	}
	return vals, errs
}

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	fmt.Println(ParallelMap(words, 3, strings.ToUpper))
	fmt.Println(ParallelMap([]int{1, 2, 3, 4}, 2, func(n int) int { return n * n * n }))
	fns := []func() (int, error){
		func() (int, error) { return 1, nil },
		func() (int, error) { return 0, fmt.Errorf("task 2 failed") },
		func() (int, error) { return 3, nil },
	}
	vals, errs := TryAll(fns)
	for i := range vals {
		fmt.Println(i, vals[i], errs[i])
	}
}
