package main

import (
	"fmt"
	"iter"
	"slices"
)

// Zip pairs up two sequences using iter.Pull on both.
func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
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
			if !yield(a, b) {
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
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	next, stop := iter.Pull(Fib())
	for range 8 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)

	names := slices.Values([]string{"ann", "bob", "cid"})
	for name, f := range Zip(names, Fib()) {
		fmt.Println(name, f)
	}

	// a pull iterator over a Seq2
	next2, stop2 := iter.Pull2(slices.All([]string{"p", "q"}))
	defer stop2()
	for {
		i, s, ok := next2()
		if !ok {
			break
		}
		fmt.Println(i, s)
	}
}
