package main

import (
	"fmt"
	"iter"
)

func Squares(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := range n {
			if !yield(i, i*i) {
				fmt.Println("  (stopped early at", i, ")")
				return
			}
		}
	}
}

func Words() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range []string{"alpha", "beta", "gamma", "delta"} {
			if !yield(w) {
				return
			}
		}
	}
}

func firstLong(min int) string {
	for w := range Words() {
		if len(w) >= min {
			return w
		}
	}
	return "none"
}

func deferInside() (out []string) {
	for w := range Words() {
		defer func() { out = append(out, w) }()
		if w == "gamma" {
			break
		}
	}
	return nil
}

func main() {
	for i, sq := range Squares(10) {
		if i%2 == 1 {
			continue
		}
		if sq > 30 {
			break
		}
		fmt.Println(i, sq)
	}
	fmt.Println(firstLong(5), firstLong(9))
	fmt.Println(deferInside())

outer:
	for i := range 3 {
		for w := range Words() {
			if w == "gamma" {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, w, " ")
		}
	}
	fmt.Println()

	total := 0
	for range 4 {
		total++
	}
	for i := range int8(3) {
		fmt.Printf("%T %d ", i, i)
	}
	fmt.Println(total)
	var funcs []func() int
	for i, sq := range Squares(3) {
		funcs = append(funcs, func() int { return i + sq })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
