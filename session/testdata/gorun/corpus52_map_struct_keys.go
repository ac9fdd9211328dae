package main

import (
	"fmt"
	"maps"
	"slices"
)

type Key struct {
	Path, Country string
}

type Node struct {
	Next  *Node
	Value string
}

func main() {
	hits := make(map[Key]int)
	hits[Key{"/", "vn"}]++
	hits[Key{"/", "vn"}]++
	hits[Key{"/ref/spec", "ch"}]++
	hits[Key{"/", "ch"}] += 5
	fmt.Println(hits[Key{"/", "vn"}], hits[Key{"/doc", "au"}])
	// fmt prints maps with sorted keys
	fmt.Println(hits)

	// a set built from map[T]bool
	first := &Node{Value: "a"}
	second := &Node{Value: "b"}
	third := &Node{Value: "c"}
	first.Next, second.Next, third.Next = second, third, first // a cycle
	visited := make(map[*Node]bool)
	for n := first; n != nil; n = n.Next {
		if visited[n] {
			fmt.Println("cycle detected at", n.Value)
			break
		}
		visited[n] = true
		fmt.Println(n.Value)
	}

	set := map[string]struct{}{}
	for _, s := range []string{"x", "y", "x", "z", "y"} {
		set[s] = struct{}{}
	}
	fmt.Println(slices.Sorted(maps.Keys(set)))

	grid := map[[2]int]rune{{0, 0}: 'a', {1, 2}: 'b'}
	fmt.Println(string(grid[[2]int{1, 2}]), len(grid))

	m2 := maps.Clone(hits)
	delete(m2, Key{"/", "ch"})
	fmt.Println(len(hits), len(m2), maps.Equal(hits, m2))
	clear(m2)
	fmt.Println(len(m2))
}
