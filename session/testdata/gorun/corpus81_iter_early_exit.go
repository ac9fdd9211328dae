package main

import (
	"errors"
	"fmt"
	"iter"
)

func Lines(lines []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		fmt.Println("open")
		defer fmt.Println("close")
		for i, l := range lines {
			if !yield(i+1, l) {
				fmt.Println("stopped early")
				return
			}
		}
	}
}

var ErrBad = errors.New("bad line")

func parse(lines []string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse: %v", r)
		}
	}()
	for no, l := range Lines(lines) {
		if l == "" {
			return no, ErrBad
		}
		if l == "!" {
			panic(fmt.Sprintf("line %d", no))
		}
		n++
	}
	return n, nil
}

func main() {
	fmt.Println(parse([]string{"a", "b"}))
	fmt.Println(parse([]string{"a", "", "c"}))
	fmt.Println(parse([]string{"a", "!", "c"}))
	for i, l := range Lines([]string{"x", "y", "z"}) {
		defer fmt.Println("deferred", i, l)
		if i == 2 {
			break
		}
	}
	fmt.Println("end of main")
}
