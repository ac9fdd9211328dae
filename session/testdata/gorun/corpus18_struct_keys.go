package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Edge struct {
	From, To string
}

type key struct {
	name string
	kind [2]byte
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)

	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	keys := make([]Point, 0, len(visits))
	for k := range visits {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].X != keys[j].X {
			return keys[i].X < keys[j].X
		}
		return keys[i].Y < keys[j].Y
	})
	for _, k := range keys {
		fmt.Printf("%v:%d ", k, visits[k])
	}
	fmt.Println()

	graph := map[Edge]bool{{"a", "b"}: true, {"b", "c"}: true}
	fmt.Println(graph[Edge{"a", "b"}], graph[Edge{"b", "a"}], len(graph))
	delete(graph, Edge{"a", "b"})
	fmt.Println(len(graph))

	m := map[key]string{}
	m[key{"x", [2]byte{'a', 'b'}}] = "first"
	m[key{"x", [2]byte{'a', 'b'}}] = "second"
	m[key{"x", [2]byte{'a', 'c'}}] = "third"
	fmt.Println(len(m), m[key{"x", [2]byte{'a', 'b'}}])

	arrKey := map[[3]int]string{{1, 2, 3}: "abc"}
	fmt.Println(arrKey[[3]int{1, 2, 3}])

	var ifaceKey = map[interface{}]int{1: 1, "1": 2, Point{1, 1}: 3, [1]int{1}: 4}
	fmt.Println(ifaceKey[1], ifaceKey["1"], ifaceKey[Point{1, 1}], ifaceKey[[1]int{1}], ifaceKey[2.0])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ifaceKey[[]int{1}] = 5
	}()
	type pair struct {
		a interface{}
		b string
	}
	fmt.Println(pair{1, "x"} == pair{1, "x"}, pair{1, "x"} == pair{int64(1), "x"})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(pair{[]int{}, ""} == pair{[]int{}, ""})
	}()
	anon1 := struct{ A int }{1}
	anon2 := struct{ A int }{1}
	fmt.Println(anon1 == anon2)
}
