package main

import "fmt"

type Point struct{ X, Y int }
type Level int

func (l Level) String() string { return "L" }

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func describe(i any) {
	fmt.Printf("(%v, %T)\n", i, i)
	fmt.Printf("%v is %[1]T\n", i)
}

func main() {
	p := Point{1, 2}
	lv := Level(3)
	fmt.Printf("%[1]T %v %v\n", p, lv)
	fmt.Printf("%[1]T %v\n", p, lv)
	fmt.Printf("%[1]T %v %v %v\n", p, lv)
	fmt.Printf("%v %[1]T %v\n", p, lv)
	fmt.Printf("%v %[2]T %v|%d\n", p, lv)
	fmt.Printf("%[2]v %[2]T %v %v\n", p, lv)
	fmt.Printf("%[2]v %[2]T %*d|\n", p, lv, 4, 5)
	fmt.Printf("%[1]v %-12[1]T|%[1]T %5.*d|\n", p, 3, 7)
	fmt.Printf("%[1]v %[1]T %[2]T %[2]v %[3]v %%%[3]T %x\n", p, lv, []Level{2})
	fmt.Printf("%[1]v %[1]T %v %v\n", p)
	describe(p)
	describe(lv)
	describe(&p)
	describe([]Point{p})
	var s Shape = Sq{3}
	describe(s)
	fmt.Printf("%v has area %d (%[1]T)\n", s, s.Area())
	fmt.Printf("%[1]T=%[1]v %[2]T=%[2]v\n", map[string]Level{"a": 1}, struct{ P *Point }{nil})
}
