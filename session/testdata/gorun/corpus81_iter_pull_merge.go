package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

// MergeSorted merges two sorted sequences with pull iterators.
func MergeSorted[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		va, okA := nextA()
		vb, okB := nextB()
		for okA || okB {
			if okA && (!okB || va <= vb) {
				if !yield(va) {
					return
				}
				va, okA = nextA()
			} else {
				if !yield(vb) {
					return
				}
				vb, okB = nextB()
			}
		}
	}
}

// Zip pairs two sequences until the shorter one ends.
func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nb()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				fmt.Println("  (fib stopped at", a, ")")
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	odds := slices.Values([]int{1, 3, 5, 7, 9})
	evens := slices.Values([]int{2, 4, 6})
	fmt.Println(slices.Collect(MergeSorted(odds, evens)))

	names := slices.Values([]string{"ann", "carl", "eve"})
	more := slices.Values([]string{"bob", "dora"})
	for s := range MergeSorted(names, more) {
		fmt.Print(s, " ")
	}
	fmt.Println()

	for i, f := range Zip(slices.Values([]string{"a", "b", "c", "d"}), Fib()) {
		fmt.Println(i, f)
	}

	next, stop := iter.Pull(Fib())
	for range 6 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)
	stop()

	next2, stop2 := iter.Pull2(slices.All([]string{"x", "y"}))
	defer stop2()
	for {
		i, s, ok := next2()
		if !ok {
			fmt.Println("done")
			break
		}
		fmt.Println(i, s)
	}
}
