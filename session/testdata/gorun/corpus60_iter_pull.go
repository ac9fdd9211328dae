package main

import (
	"fmt"
	"iter"
	"slices"
)

func zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
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
	names := slices.Values([]string{"alice", "bob", "carol", "dave"})
	ages := slices.Values([]int{31, 27, 45})
	for name, age := range zip(names, ages) {
		fmt.Printf("%-6s %d\n", name, age)
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

	next2, stop2 := iter.Pull2(slices.All([]string{"x", "y"}))
	defer stop2()
	i, s, ok := next2()
	fmt.Println(i, s, ok)
	i, s, ok = next2()
	fmt.Println(i, s, ok)
	i, s, ok = next2()
	fmt.Println(i, s, ok)
}
