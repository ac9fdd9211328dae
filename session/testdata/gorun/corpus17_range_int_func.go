package main

import (
	"fmt"
	"iter"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	for i := range 3 {
		fmt.Println("tick", i)
	}
	total := 0
	for range 5 {
		total++
	}
	fmt.Println("total:", total)
	for n := range Countdown(5) {
		if n == 2 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Printf("%d=%s\n", i, s)
	}
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), ",")
	}
	fmt.Println()
}
