package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Pairs[T any](xs []T) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		for i := 0; i+1 < len(xs); i += 2 {
			if !yield(xs[i], xs[i+1]) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func firstOver(limit int) (n int, found bool) {
	for v := range Fib() {
		if v > limit {
			return v, true
		}
	}
	return 0, false
}

func grid(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for r := range n {
			for c := range n {
				if !yield(r, c) {
					return
				}
			}
		}
	}
}

func main() {
	for a, b := range Pairs([]string{"a", "b", "c", "d", "e"}) {
		fmt.Print(a+b, " ")
	}
	fmt.Println()
	fmt.Println(firstOver(100))
	var funcs []func() int
	for v := range Fib() {
		if v > 10 {
			break
		}
		funcs = append(funcs, func() int { return v })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
outer:
	for r, c := range grid(4) {
		switch {
		case c > r:
			continue outer
		case r == 3:
			break outer
		}
		fmt.Print(r, c, " ")
	}
	fmt.Println()
	count := 0
	for range Fib() {
		count++
		if count == 7 {
			break
		}
	}
	fmt.Println(count)
	total := 0
	for i := range Fib() {
		if i%2 == 0 {
			continue
		}
		if i > 50 {
			break
		}
		total += i
	}
	fmt.Println(total)
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys)
	sorted := slices.SortedFunc(maps.Values(m), func(a, b int) int { return b - a })
	fmt.Println(sorted)
	dst := map[string]int{"w": 0}
	maps.Insert(dst, maps.All(m))
	fmt.Println(len(dst), dst)
	next, stop := iter.Pull2(Pairs([]int{1, 2, 3, 4}))
	k, v, ok := next()
	fmt.Println(k, v, ok)
	stop()
	k, v, ok = next()
	fmt.Println(k, v, ok)
	fmt.Println(slices.Collect(slices.Values([]int{3, 1, 2})), slices.Index([]string{"a", "b"}, "b"))
}
