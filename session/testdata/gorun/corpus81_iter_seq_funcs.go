package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Count yields 0, 1, 2, ... forever; callers break out.
func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
			if !yield(i) {
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

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	primes := Filter(Count(0), isPrime)
	fmt.Println(slices.Collect(Take(primes, 10)))

	squares := Map(Take(Count(1), 5), func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(strings.Join(slices.Collect(squares), "+"))

	for i, p := range Enumerate(primes) {
		if p > 30 {
			fmt.Println("stopped at index", i, "prime", p)
			break
		}
		if i%2 == 1 {
			continue
		}
		fmt.Print(p, " ")
	}
	fmt.Println()

	byLen := maps.Collect(Enumerate(Take(slices.Values([]string{"go", "rust", "zig"}), 2)))
	fmt.Println(byLen)

	total := 0
	for n := range Take(Count(10), 4) {
		total += n
	}
	fmt.Println("total", total)

	words := strings.Fields("alpha beta gamma delta epsilon")
	long := slices.Collect(Filter(slices.Values(words), func(s string) bool { return len(s) > 4 }))
	fmt.Printf("%q %d\n", long, len(long))
	for i, w := range slices.Backward(words) {
		fmt.Print(i, ":", w, " ")
	}
	fmt.Println()
	empty := slices.Collect(Take(Count(0), 0))
	fmt.Println(empty == nil, len(empty))
}
