package main

import "fmt"

type Key struct {
	Name string
	ID   [2]int
}

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type SliceShape []float64

func (s SliceShape) Area() float64 { return 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := [...]int{1, 2, 3}
	fmt.Println(a == b, a != [3]int{})
	k1 := Key{"x", [2]int{1, 2}}
	k2 := Key{"x", [2]int{1, 2}}
	fmt.Println(k1 == k2, k1 == Key{})
	seen := map[Key]bool{k1: true}
	fmt.Println(seen[k2])

	var s1, s2 Shape = Sq{2}, Sq{2}
	fmt.Println(s1 == s2, s1 == Shape(Sq{3}))
	var e1, e2 any = 3, 3.0
	fmt.Println(e1 == e2, e1 == any(3))
	var p1, p2 = &Sq{1}, &Sq{1}
	fmt.Println(p1 == p2, *p1 == *p2)

	ch := make(chan int)
	var ch2 = ch
	fmt.Println(ch == ch2)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x, y Shape = SliceShape{1}, SliceShape{1}
		fmt.Println(x == y)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m := map[any]int{}
		m[[]int{1}] = 1
	}()
	var x, y any = []int{1}, "s"
	fmt.Println(x == y)
	var nilS Shape
	fmt.Println(nilS == nil, s1 != nil)
}
