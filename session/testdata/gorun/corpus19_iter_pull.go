package main

import (
	"fmt"
	"iter"
	"slices"
)

// Zip combines two sequences pairwise until either ends.
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

func main() {
	names := slices.Values([]string{"ann", "bob", "cy", "dee"})
	ages := slices.Values([]int{31, 42, 27})
	for n, a := range Zip(names, ages) {
		fmt.Printf("%-4s %d\n", n, a)
	}

	next, stop := iter.Pull(slices.Values([]int{10, 20, 30}))
	v, ok := next()
	fmt.Println(v, ok)
	v, ok = next()
	fmt.Println(v, ok)
	stop()
	v, ok = next()
	fmt.Println(v, ok)

	next2, stop2 := iter.Pull2(slices.All([]string{"x", "y"}))
	defer stop2()
	for {
		i, s, ok := next2()
		if !ok {
			break
		}
		fmt.Println("pull2", i, s)
	}
}
