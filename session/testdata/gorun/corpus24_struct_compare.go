package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

type Named struct {
	Name string
	Pos  Point
	Tags [2]string
}

type WithSlice struct {
	Name  string
	Items []int
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{1, 2}
	p3 := Point{Y: 2, X: 1}
	fmt.Println(p1 == p2, p1 == p3, p1 != Point{})

	n1 := Named{"a", p1, [2]string{"x", "y"}}
	n2 := n1
	fmt.Println(n1 == n2)
	n2.Tags[1] = "z"
	fmt.Println(n1 == n2)

	// Comparable structs can be map keys.
	visits := map[Point]int{}
	visits[p1]++
	visits[p3]++
	visits[Point{0, 0}]++
	fmt.Println(len(visits), visits[Point{1, 2}])

	// Structs holding slices are not comparable with ==; use reflect.DeepEqual.
	w1 := WithSlice{"w", []int{1, 2}}
	w2 := WithSlice{"w", []int{1, 2}}
	fmt.Println(reflect.DeepEqual(w1, w2))
	w2.Items = append(w2.Items, 3)
	fmt.Println(reflect.DeepEqual(w1, w2))

	// Comparing through interfaces panics at run time if the dynamic type is not comparable.
	var a, b any = w1, w1
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(a == b)
	}()
	var c, d any = p1, p2
	fmt.Println(c == d)
	var e any = 1
	var f any = int64(1)
	fmt.Println(e == f)

	anon1 := struct{ A int }{1}
	anon2 := struct{ A int }{1}
	fmt.Println(anon1 == anon2)

	arr1 := [3]Point{{1, 1}, {2, 2}}
	arr2 := [3]Point{{1, 1}, {2, 2}, {0, 0}}
	fmt.Println(arr1 == arr2)

	pp1, pp2 := &Point{1, 2}, &Point{1, 2}
	fmt.Println(pp1 == pp2, *pp1 == *pp2)
}
