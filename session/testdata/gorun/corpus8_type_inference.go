package main

import (
	"fmt"
	"slices"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{k, v}
}

func First[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[0], true
}

func Apply[T any](xs []T, fs ...func(T) T) []T {
	out := slices.Clone(xs)
	for _, f := range fs {
		for i := range out {
			out[i] = f(out[i])
		}
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

type Names []string

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func main() {
	p := MakePair("age", 42)
	fmt.Printf("%v %T\n", p, p.Val)
	q := MakePair[int, []string](1, nil)
	fmt.Println(q.Key, q.Val == nil)

	n, ok := First(Names{"zed", "amy"})
	fmt.Println(n, ok)
	_, ok = First([]float64{})
	fmt.Println(ok)

	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(Apply([]int{1, 2, 3}, double, inc))

	ip := Ptr(7)
	sp := Ptr("s")
	*ip++
	fmt.Println(*ip, *sp)

	ks := Keys(map[string]bool{"b": true, "a": false})
	slices.Sort(ks)
	fmt.Println(ks)
	var f func([]int) (int, bool) = First[[]int]
	fmt.Println(f([]int{9}))
}
