package main

import (
	"fmt"
	"iter"
)

func Words() iter.Seq[string] {
	return func(yield func(string) bool) {
		defer fmt.Println("iterator cleanup")
		for _, w := range []string{"one", "two", "three", "four", "five"} {
			fmt.Println("  yielding", w)
			if !yield(w) {
				fmt.Println("  consumer stopped")
				return
			}
		}
	}
}

func find(target string) (int, bool) {
	i := 0
	for w := range Words() {
		if w == target {
			return i, true
		}
		i++
	}
	return -1, false
}

func withDefer() {
	fmt.Println("withDefer start")
	for w := range Words() {
		defer fmt.Println("deferred for", w)
		if w == "two" {
			break
		}
	}
	fmt.Println("withDefer end")
}

func main() {
	idx, ok := find("three")
	fmt.Println("find three:", idx, ok)
	idx, ok = find("zero")
	fmt.Println("find zero:", idx, ok)
	withDefer()

outer:
	for a := range Words() {
		for b := range Words() {
			if b == "two" {
				continue outer
			}
			if a == "two" {
				break outer
			}
			fmt.Println("pair", a, b)
		}
	}
	fmt.Println("done")
}
