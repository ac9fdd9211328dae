package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// A conversion to iter.Seq or iter.Seq2 is no call of a generic function:
// gogil refused it as one.

type IntSeq func(yield func(int) bool)

func evens(limit int) IntSeq {
	return func(yield func(int) bool) {
		for i := 0; i <= limit; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2)
}

func main() {
	next, stop := iter.Pull(iter.Seq[int](evens(4)))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print("<", v, ">")
	}
	fmt.Println()
	fmt.Println(slices.Collect(iter.Seq[int](evens(6))))
	seq2 := iter.Seq2[string, int](pairs)
	fmt.Println(maps.Collect(seq2))
	var s iter.Seq[int] = iter.Seq[int](evens(2))
	for v := range s {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
