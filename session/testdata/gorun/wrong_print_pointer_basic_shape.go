package main

import "fmt"

// A cell type of a basic kind is its basic type to reflect, and a pointer
// to it a pointer to that basic type: %T of a plain *int named the cell
// type.
type Weekday int

type Celsius float64

func main() {
	x := 10
	w := Weekday(2)
	f := 1.5
	c := Celsius(20)
	fmt.Printf("%T %T %T %T\n", &x, &w, &f, &c)
	p := &x
	var q *int
	fmt.Printf("%T %T %v\n", p, q, q == nil)
	fmt.Println(fmt.Sprintf("%T|%T", new(int), new(Weekday)))
	s := "text"
	fmt.Printf("%T %T\n", &s, []*int{p})
}
