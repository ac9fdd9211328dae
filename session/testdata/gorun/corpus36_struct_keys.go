package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Key struct {
	Name string
	Pos  [2]int
}

type WithPtr struct {
	P *int
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)

	visits := map[Point]int{}
	visits[a]++
	visits[b]++
	visits[c]++
	fmt.Println(len(visits), visits[Point{1, 2}], visits[Point{2, 1}], visits[Point{}])

	grid := map[[2]int]string{}
	grid[[2]int{0, 0}] = "origin"
	grid[[2]int{1, 0}] = "east"
	k := [2]int{1, 0}
	fmt.Println(grid[k], grid[[2]int{0, 0}], len(grid))
	k[0] = 0
	fmt.Println(grid[k])

	keys := map[Key]bool{
		{"a", [2]int{1, 2}}: true,
		{"a", [2]int{2, 1}}: false,
	}
	fmt.Println(keys[Key{"a", [2]int{1, 2}}], keys[Key{"a", [2]int{2, 1}}], len(keys))

	n1, n2 := 5, 5
	fmt.Println(WithPtr{&n1} == WithPtr{&n1}, WithPtr{&n1} == WithPtr{&n2})

	anon1 := struct {
		A int
		B string
	}{1, "x"}
	anon2 := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon1 == anon2)

	var ik map[interface{}]int = map[interface{}]int{}
	ik[1] = 1
	ik["1"] = 2
	ik[Point{1, 1}] = 3
	ik[[1]int{1}] = 4
	fmt.Println(ik[1], ik["1"], ik[Point{1, 1}], ik[[1]int{1}], len(ik))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ik[[]int{1}] = 5
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x, y interface{} = []int{1}, []int{1}
		fmt.Println(x == y)
	}()

	pts := make([]Point, 0, len(visits))
	for p := range visits {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	fmt.Println(pts)
	fmt.Printf("%v %+v %#v\n", a, a, a)
}
