package main

import "fmt"

// Closure-based iterator: next returns value and whether it is valid.
func counter(start, step, n int) func() (int, bool) {
	i := 0
	return func() (int, bool) {
		if i >= n {
			return 0, false
		}
		v := start + i*step
		i++
		return v, true
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

// Struct iterator with Next/Value like bufio.Scanner.
type ListIter[T any] struct {
	items []T
	idx   int
}

func (it *ListIter[T]) Next() bool {
	it.idx++
	return it.idx <= len(it.items)
}

func (it *ListIter[T]) Value() T { return it.items[it.idx-1] }

func Iterate[T any](xs []T) *ListIter[T] { return &ListIter[T]{items: xs} }

func filter(next func() (int, bool), pred func(int) bool) func() (int, bool) {
	return func() (int, bool) {
		for {
			v, ok := next()
			if !ok || pred(v) {
				return v, ok
			}
		}
	}
}

func main() {
	next := counter(10, 5, 4)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	f := fibGen()
	for range 10 {
		fmt.Print(f(), ",")
	}
	fmt.Println()

	it := Iterate([]string{"alpha", "beta", "gamma"})
	for it.Next() {
		fmt.Println(it.Value())
	}

	evens := filter(counter(1, 1, 20), func(n int) bool { return n%3 == 0 })
	var got []int
	for {
		v, ok := evens()
		if !ok {
			break
		}
		got = append(got, v)
	}
	fmt.Println(got)
}
