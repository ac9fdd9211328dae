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
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	names := []string{"gold", "silver", "bronze"}
	for name, place := range Zip(slices.Values(names), Naturals()) {
		fmt.Printf("%d. %s\n", place, name)
	}

	next, stop := iter.Pull(slices.Values([]int{10, 20, 30}))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	stop()
	v, ok := next()
	fmt.Println("after end:", v, ok)

	next2, stop2 := iter.Pull2(slices.All([]string{"x", "y", "z"}))
	i, s, ok := next2()
	fmt.Println(i, s, ok)
	i, s, ok = next2()
	fmt.Println(i, s, ok)
	stop2()
	i, s, ok = next2()
	fmt.Printf("%d %q %v\n", i, s, ok)
}
