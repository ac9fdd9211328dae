package main

import (
	"cmp"
	"fmt"
	"strings"
)

// Generic code calling another generic function with arguments typed by
// its own type parameters, instantiated with types the program declares.

type Employee struct {
	Name string
	Age  int
}

func MinBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) < key(best) {
			best = x
		}
	}
	return best, true
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	return MinBy(xs, func(t T) K { return key(t) })
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	ks := Keys(m)
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

type Label string

func main() {
	staff := []Employee{{"ann", 40}, {"bob", 25}}
	y, _ := MinBy(staff, func(e Employee) int { return e.Age })
	n, ok := MaxBy(staff, func(e Employee) string { return strings.ToUpper(e.Name) })
	fmt.Printf("%+v %+v %v\n", y, n, ok)
	fmt.Println(SortedKeys(map[Label]Employee{"z": {}, "a": {}, "m": {}}))
}
