package main

import "fmt"

// Range over plain function types, no iter import needed.
func Countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Repeat3(yield func() bool) {
	for range 3 {
		if !yield() {
			return
		}
	}
}

func Pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func main() {
	for i := range Countdown(3) {
		fmt.Println(i)
	}
	fmt.Println("liftoff")
	k := 0
	for range Repeat3 {
		k++
	}
	fmt.Println("repeated", k)
	for s, n := range Pairs {
		if n == 3 {
			continue
		}
		fmt.Println(s, n)
	}
outer:
	for i := range Countdown(3) {
		for j := range Countdown(3) {
			if j == 2 {
				continue outer
			}
			fmt.Println(i, j)
		}
	}
}
