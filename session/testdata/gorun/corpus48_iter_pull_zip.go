package main

import (
	"fmt"
	"iter"
	"slices"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq[Pair[A, B]] {
	return func(yield func(Pair[A, B]) bool) {
		nextA, stopA := iter.Pull(as)
		defer stopA()
		nextB, stopB := iter.Pull(bs)
		defer stopB()
		for {
			a, ok1 := nextA()
			b, ok2 := nextB()
			if !ok1 || !ok2 {
				return
			}
			if !yield(Pair[A, B]{a, b}) {
				return
			}
		}
	}
}

func main() {
	names := slices.Values([]string{"x", "y", "z", "w"})
	nums := slices.Values([]int{10, 20, 30})
	for p := range Zip(names, nums) {
		fmt.Printf("%s=%d\n", p.First, p.Second)
	}

	next, stop := iter.Pull(slices.Values([]string{"one", "two"}))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			fmt.Println("exhausted")
			break
		}
		fmt.Println("pulled", v)
	}
}
