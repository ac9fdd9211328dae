package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
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

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt(), nextInt(), nextInt())
	newInts := intSeq()
	fmt.Println(newInts())

	for n := range Fib() {
		if n > 50 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Print(i, "=", s, " ")
	}
	fmt.Println()
	even := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	var got []int
	for v := range even {
		got = append(got, v)
		if len(got) == 5 {
			break
		}
	}
	fmt.Println(got)

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Collect(maps.Values(map[int]int{1: 9})))
	words := strings.Fields("go is fun and go is fast")
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("%s:%d ", k, counts[k])
	}
	fmt.Println()
	var fns []func() string
	for _, w := range []string{"a", "b", "c"} {
		fns = append(fns, func() string { return strings.ToUpper(w) })
	}
	for i := 0; i < 3; i++ {
		fns = append(fns, func() string { return fmt.Sprint(i) })
	}
	for _, f := range fns {
		fmt.Print(f())
	}
	fmt.Println()
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	adder := func(base int) func(int) int { return func(x int) int { base += x; return base } }
	acc := adder(10)
	fmt.Println(acc(1), acc(2), acc(3))
}
