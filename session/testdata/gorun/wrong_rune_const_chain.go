package main

import "fmt"

// An untyped rune constant computed from another (b from a) printed int,
// and so did an operation on one (a + 1) where Go's default makes a rune.

const a = 'x'

const (
	b = a + 1
	c = b
	d = (a - 'a') * 2
)

func main() {
	const e = a + 2
	x := a + 1
	var y = c - 1
	var bt byte = a + 1
	fl := float64(a) + 0.5
	rs := []rune{a, b + 1}
	fmt.Printf("%T %v\n", b, b)
	fmt.Printf("%T %v %T %v\n", c, c, d, d)
	fmt.Printf("%T %v\n", e, e)
	fmt.Printf("%T %v %T %v\n", x, x, y, y)
	fmt.Printf("%T %v %T %v\n", bt, bt, fl, fl)
	fmt.Println(string(rs), string(rune(a+2)), a+1)
	switch r := rune('y'); r {
	case a + 1:
		fmt.Println("matched", r)
	}
}
