package main

import (
	"fmt"
	"iter"
	"slices"
)

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok {
				return
			}
			if !yield(a, b) {
				return
			}
		}
	}
}

func main() {
	names := slices.Values([]string{"ann", "ben", "cat"})
	ages := slices.Values([]int{31, 27, 45, 60})
	for n, a := range Zip(names, ages) {
		fmt.Println(n, a)
	}

	next, stop := iter.Pull(slices.Values([]int{1, 2, 3}))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)

	next2, stop2 := iter.Pull2(slices.All([]string{"x", "y"}))
	i, s, ok := next2()
	fmt.Println(i, s, ok)
	stop2()
	i, s, ok = next2()
	fmt.Println(i, s == "", ok)
}
