package main

import (
	"fmt"
	"iter"
	"slices"
)

type Zipped[A, B any] struct {
	A   A
	B   B
	OkA bool
	OkB bool
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq[Zipped[A, B]] {
	return func(yield func(Zipped[A, B]) bool) {
		nextA, stopA := iter.Pull(as)
		defer stopA()
		nextB, stopB := iter.Pull(bs)
		defer stopB()
		for {
			var z Zipped[A, B]
			z.A, z.OkA = nextA()
			z.B, z.OkB = nextB()
			if !z.OkA && !z.OkB {
				return
			}
			if !yield(z) {
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

func EqualSeq[T comparable](a, b iter.Seq[T]) bool {
	na, sa := iter.Pull(a)
	defer sa()
	nb, sb := iter.Pull(b)
	defer sb()
	for {
		x, okx := na()
		y, oky := nb()
		if okx != oky || x != y {
			return false
		}
		if !okx {
			return true
		}
	}
}

func main() {
	letters := slices.Values([]string{"a", "b", "c"})
	nums := slices.Values([]int{1, 2})
	for z := range Zip(letters, nums) {
		fmt.Printf("%+v\n", z)
	}

	for z := range Zip(slices.Values([]string{"x", "y", "z"}), Naturals()) {
		if !z.OkA {
			break
		}
		fmt.Printf("%s%d ", z.A, z.B)
	}
	fmt.Println()

	next, stop := iter.Pull(Naturals())
	a, _ := next()
	b, _ := next()
	stop()
	c, ok := next()
	fmt.Println(a, b, c, ok)

	fmt.Println(EqualSeq(slices.Values([]int{1, 2, 3}), slices.Values([]int{1, 2, 3})))
	fmt.Println(EqualSeq(slices.Values([]int{1, 2}), slices.Values([]int{1, 2, 3})))
}
