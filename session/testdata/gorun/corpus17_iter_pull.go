package main

import (
	"fmt"
	"iter"
	"slices"
)

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 {
				return
			}
			if !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	names := []string{"ann", "bob", "cy"}
	ages := []int{31, 42, 27, 99}
	for n, a := range Zip(slices.Values(names), slices.Values(ages)) {
		fmt.Printf("%s is %d\n", n, a)
	}
	next, stop := iter.Pull(slices.Values([]int{10, 20, 30}))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	v, ok := next()
	fmt.Println("after end:", v, ok)
}
