// Package-level variables initialized by calls of generic functions, of
// one result and of several, with the type arguments inferred and given.
package main

import "fmt"

func id[T any](v T) T { return v }

func pair[K comparable, V any](k K, v V) (K, V) { return k, v }

func sum[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

var (
	n    = id(2)
	s    = id[string]("s")
	k, v = pair("k", 1.5)
	tot  = sum(1, 2, 3)
	f    = id[func() int](func() int { return 7 })
)

var typed float64 = sum(0.5, 0.25)

func main() {
	fmt.Println(n, s, k, v, tot, f(), typed)
}
