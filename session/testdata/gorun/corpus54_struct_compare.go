package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	ID   [2]int
}

type WithPtr struct {
	P *int
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{1, 2}
	p3 := Point{2, 1}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)

	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[p1], grid[Point{}], len(grid))
	grid[Point{1, 2}] = "replaced"
	fmt.Println(len(grid), grid[p2])

	arr1 := [3]int{1, 2, 3}
	arr2 := [...]int{1, 2, 3}
	fmt.Println(arr1 == arr2, len(arr2))

	seen := map[[2]string]bool{}
	pairs := [][2]string{{"a", "b"}, {"b", "a"}, {"a", "b"}}
	for _, p := range pairs {
		if seen[p] {
			fmt.Println("duplicate", p)
		}
		seen[p] = true
	}
	fmt.Println(len(seen))

	k1 := Key{"x", [2]int{1, 2}}
	k2 := Key{"x", [2]int{1, 2}}
	fmt.Println(k1 == k2)
	byKey := map[Key]int{k1: 10}
	byKey[k2]++
	fmt.Println(byKey[k1])

	v1, v2 := 5, 5
	w1, w2 := WithPtr{&v1}, WithPtr{&v2}
	fmt.Println(w1 == w2, *w1.P == *w2.P, w1 == WithPtr{&v1})

	// Anonymous structs compare with named ones of the same shape.
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(anon == p1)

	// Interfaces holding comparable values.
	var i1, i2 interface{} = Point{1, 2}, Point{1, 2}
	fmt.Println(i1 == i2)
	var i3 interface{} = 1
	var i4 interface{} = int64(1)
	fmt.Println(i3 == i4)

	iface := map[interface{}]string{1: "int", "1": "string", Point{1, 1}: "point"}
	fmt.Println(iface[1], iface["1"], iface[Point{1, 1}], len(iface))
}
