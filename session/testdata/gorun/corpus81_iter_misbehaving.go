package main

import (
	"fmt"
	"iter"
)

// A buggy iterator that ignores yield's result.
func Bad(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			yield(i)
		}
	}
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	for v := range Bad(5) {
		fmt.Println("got", v)
		if v == 1 {
			break
		}
	}
	fmt.Println("after loop")
}
