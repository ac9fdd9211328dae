package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Edge struct {
	From, To string
}

type Key struct {
	Name string
	P    Point
	Tags [2]string
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{1, 2}
	p3 := Point{Y: 1, X: 2}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	visits := map[Point]int{}
	for _, p := range []Point{p1, p2, p3, {0, 0}, p1} {
		visits[p]++
	}
	fmt.Println(visits[Point{1, 2}], visits[p3], visits[Point{9, 9}], len(visits))
	var ps []Point
	for p := range visits {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].X != ps[j].X {
			return ps[i].X < ps[j].X
		}
		return ps[i].Y < ps[j].Y
	})
	fmt.Println(ps)
	fmt.Println(visits)

	graph := map[Edge]bool{{"a", "b"}: true, {"b", "c"}: true}
	fmt.Println(graph[Edge{"a", "b"}], graph[Edge{"b", "a"}])
	delete(graph, Edge{"a", "b"})
	fmt.Println(len(graph), graph)

	k1 := Key{"x", Point{1, 1}, [2]string{"a", "b"}}
	k2 := k1
	k2.Tags[1] = "c"
	m := map[Key]string{k1: "first", k2: "second"}
	fmt.Println(len(m), m[k1], m[k2], k1 == k2)
	fmt.Printf("%v\n%+v\n", k1, k2)

	type pair struct {
		a int
		b string
	}
	seen := make(map[pair]struct{})
	for _, pr := range []pair{{1, "x"}, {2, "y"}, {1, "x"}} {
		if _, dup := seen[pr]; dup {
			fmt.Println("duplicate", pr)
			continue
		}
		seen[pr] = struct{}{}
	}
	fmt.Println(len(seen))
	var ifaceKeys = map[interface{}]int{1: 1, "1": 2, Point{1, 1}: 3, [2]int{1, 1}: 4}
	fmt.Println(ifaceKeys[1], ifaceKeys["1"], ifaceKeys[Point{1, 1}], ifaceKeys[[2]int{1, 1}], ifaceKeys[1.0])
	arrKey := map[[3]int]string{{1, 2, 3}: "abc"}
	fmt.Println(arrKey[[3]int{1, 2, 3}])
}
