package main

import (
	"fmt"
	"sort"
)

func source(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for _, v := range vals {
			c <- v
		}
	}()
	return c
}

// mergeTwo disables each input by setting it to nil once it is closed.
func mergeTwo(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				fmt.Println("a closed")
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				fmt.Println("b closed")
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func main() {
	a := source(1, 3, 5)
	b := source(2, 4, 6, 8, 10)
	// "a closed" and "b closed" may come in either order, so collect them first.
	got := mergeTwoQuiet(a, b)
	sort.Ints(got)
	fmt.Println(got)

	c := source(7)
	var d <-chan int
	fmt.Println(mergeTwo(c, d))
}

func mergeTwoQuiet(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v)
		}
	}
	return out
}
