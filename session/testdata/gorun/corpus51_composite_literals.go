package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

type Enum int

const (
	Enone Enum = iota
	Eio
	Einval
)

func main() {
	// Array with explicit indices; the length comes from the highest index.
	a := [...]string{Enone: "no error", Eio: "Eio", Einval: "invalid argument"}
	fmt.Println(len(a), a)

	sparse := [...]int{5: 1, 2, 9: 3}
	fmt.Println(len(sparse), sparse)

	s := []string{2: "c", 0: "a", "b"}
	fmt.Printf("%q\n", s)

	// Element types can be elided inside the literal.
	pts := []Point{{1, 2}, {X: 3}, {Y: 4}}
	fmt.Println(pts)
	pps := []*Point{{5, 6}, {}}
	fmt.Println(*pps[0], *pps[1])

	lines := []Line{
		{From: Point{0, 0}, To: Point{1, 1}, Label: "diag"},
		{Point{2, 2}, Point{3, 3}, "next"},
	}
	fmt.Printf("%+v\n", lines)

	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(grid, len(grid), len(grid[0]))

	m := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	keys := make([]Point, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].X < keys[j].X })
	for _, k := range keys {
		fmt.Println(k, m[k])
	}

	nested := map[string][]Point{
		"square": {{0, 0}, {0, 1}, {1, 1}, {1, 0}},
		"dot":    {{7, 7}},
	}
	fmt.Println(len(nested["square"]), nested["dot"])

	anon := []struct {
		name string
		ok   bool
	}{{"x", true}, {"y", false}}
	for _, v := range anon {
		fmt.Printf("%s=%t ", v.name, v.ok)
	}
	fmt.Println()

	p := &Point{Y: 9}
	p.X = 8
	fmt.Println(p, *p)

	type pair [2]float64
	fmt.Println([]pair{{1.5, 2}, {3, 4.25}})
}
