package main

import (
	"fmt"
	"iter"
	"strings"
)

func letters(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, r := range s {
			if !yield(i, string(r)) {
				return
			}
		}
	}
}

type closer struct{ name string }

func (c *closer) Close() { fmt.Println("close", c.name) }

// Defers of the loop body run when the function returns, in reverse
// order, between the defers made before and after the loop.
func ordered() {
	defer fmt.Println("deferred before the loop")
	for i, l := range letters("abc") {
		defer fmt.Println("loop defer", i, l)
		c := &closer{l}
		defer c.Close()
	}
	defer fmt.Println("deferred after the loop")
	fmt.Println("ordered returns")
}

// Arguments are evaluated at the defer, not when the call runs.
func evaluatedAtDefer() (out string) {
	var b strings.Builder
	defer func() { out = b.String() }()
	n := 0
	for _, l := range letters("xy") {
		n++
		defer b.WriteString(fmt.Sprint(l, n, ";"))
		n += 10
	}
	return "ignored"
}

// Nested ranges over functions, inside an ordinary loop, with a return
// out of the inner body.
func nested() int {
	for round := range 2 {
		for _, a := range letters("pq") {
			for _, b := range letters("rs") {
				defer fmt.Println("nested defer", round, a, b)
				if round == 1 && a == "q" {
					return round
				}
			}
		}
	}
	return -1
}

// A deferred call that panics does not stop the others.
func panicking() {
	for _, l := range letters("mn") {
		defer fmt.Println("still runs", l)
		defer func(s string) {
			if s == "n" {
				panic("boom in " + s)
			}
		}(l)
	}
}

func main() {
	ordered()
	fmt.Printf("%q\n", evaluatedAtDefer())
	fmt.Println("nested returned", nested())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		panicking()
	}()
	for i, l := range letters("uv") {
		defer fmt.Println("main defer", i, l)
	}
	fmt.Println("main ends")
}
