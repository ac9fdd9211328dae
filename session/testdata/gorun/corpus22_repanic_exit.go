package main

import (
	"fmt"
	"os"
)

type parseError struct {
	line int
	msg  string
}

func (e *parseError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

func parse(lines []string) (n int) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*parseError); ok {
				fmt.Println("parse failed:", pe)
				n = -pe.line
				return
			}
			fmt.Println("not ours, re-panicking")
			panic(r)
		}
	}()
	for i, l := range lines {
		if l == "" {
			panic(&parseError{i + 1, "empty line"})
		}
		if l == "boom" {
			panic("unexpected boom")
		}
		n++
	}
	return n
}

func main() {
	defer fmt.Println("main deferred runs before crash")
	fmt.Println(parse([]string{"a", "b"}))
	fmt.Println(parse([]string{"a", "", "c"}))
	fmt.Fprintln(os.Stderr, "about to fail")
	fmt.Println(parse([]string{"a", "boom"}))
	fmt.Println("never printed")
}
