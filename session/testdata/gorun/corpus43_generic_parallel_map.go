package main

import (
	"fmt"
	"strings"
	"sync"
)

func ParallelMap[T, U any](in []T, workers int, f func(T) U) []U {
	out := make([]U, len(in))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(in[i])
			}
		}()
	}
	for i := range in {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](xs []N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	upper := ParallelMap(words, 2, strings.ToUpper)
	fmt.Println(upper)

	lens := ParallelMap(words, 3, func(s string) int { return len(s) })
	fmt.Println(lens, "total:", Sum(lens))

	halves := ParallelMap([]int{1, 2, 3, 4}, 4, func(n int) float64 { return float64(n) / 2 })
	fmt.Println(halves, "sum:", Sum(halves))
	fmt.Printf("%T %T\n", upper, halves)
}
