package main

import "fmt"

// Types the interpreter gives the reflect type of what they are made of:
// a plain value of that shape must still print its own type.
type Words []string

func (w Words) String() string { return "WORDS" }

type Table map[string]int
type handler func(string) error
type op func(int, int) int
type pair struct{ a, b int }

func add(x, y int) int { return x + y }

func main() {
	fmt.Printf("%T %T\n", add, op(add))
	fmt.Printf("%T %v %#v\n", []string{"x"}, []string{"x"}, []string{"x"})
	fmt.Printf("%T %v\n", Words{"x"}, Words{"x"})
	fmt.Printf("%T %T\n", map[string]int{}, Table{})
	fmt.Printf("%T %T\n", func(s string) error { return nil }, handler(nil))
	fmt.Printf("%T %+v\n", struct{ a, b int }{1, 2}, struct{ a, b int }{1, 2})
	fmt.Printf("%T %T\n", &[]string{}, &Words{})
	f := add
	fmt.Println(fmt.Sprintf("%T", f), fmt.Sprintf("%T", [][]string{}))
}
