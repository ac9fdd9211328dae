package main

import (
	"errors"
	"fmt"
	"iter"
)

func Numbers(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator cleanup", n)
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func findPair(target int) (int, int, error) {
outer:
	for a := range Numbers(5) {
		for b := range Numbers(5) {
			if b > a {
				continue outer
			}
			if a*b == target {
				return a, b, nil
			}
		}
	}
	return 0, 0, errors.New("no pair")
}

func deferInBody() {
	for i := range Numbers(3) {
		defer fmt.Println("  body defer", i)
	}
	fmt.Println("  deferInBody returning")
}

func panicky() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	for i := range Numbers(4) {
		if i == 2 {
			panic("boom at 2")
		}
	}
	return "no panic"
}

func main() {
	a, b, err := findPair(6)
	fmt.Println(a, b, err)
	_, _, err = findPair(100)
	fmt.Println(err)
	deferInBody()
	fmt.Println(panicky())
	total := 0
	for i := range Numbers(10) {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			goto done
		}
		total += i
	}
done:
	fmt.Println("total", total)
}
