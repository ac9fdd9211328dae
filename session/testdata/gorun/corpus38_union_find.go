package main

import (
	"fmt"
	"slices"
)

type DisjointSet[T comparable] struct {
	parent map[T]T
	rank   map[T]int
}

func NewDisjointSet[T comparable](items ...T) *DisjointSet[T] {
	d := &DisjointSet[T]{parent: map[T]T{}, rank: map[T]int{}}
	for _, it := range items {
		d.parent[it] = it
	}
	return d
}

func (d *DisjointSet[T]) Find(x T) T {
	if _, ok := d.parent[x]; !ok {
		d.parent[x] = x
	}
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DisjointSet[T]) Union(a, b T) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case d.rank[ra] < d.rank[rb]:
		d.parent[ra] = rb
	case d.rank[ra] > d.rank[rb]:
		d.parent[rb] = ra
	default:
		d.parent[rb] = ra
		d.rank[ra]++
	}
	return true
}

func Groups[T comparable](d *DisjointSet[T], less func(a, b T) int) [][]T {
	byRoot := map[T][]T{}
	for x := range d.parent {
		r := d.Find(x)
		byRoot[r] = append(byRoot[r], x)
	}
	var out [][]T
	for _, g := range byRoot {
		slices.SortFunc(g, less)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []T) int { return less(a[0], b[0]) })
	return out
}

type edge struct {
	a, b string
	w    int
}

func main() {
	d := NewDisjointSet(1, 2, 3, 4, 5, 6)
	fmt.Println(d.Union(1, 2), d.Union(3, 4), d.Union(2, 4), d.Union(1, 3))
	fmt.Println(d.Find(4) == d.Find(1), d.Find(5) == d.Find(1))
	fmt.Println(Groups(d, func(a, b int) int { return a - b }))

	// Kruskal's minimum spanning tree
	edges := []edge{{"a", "b", 4}, {"b", "c", 2}, {"a", "c", 5}, {"c", "d", 1}, {"b", "d", 3}}
	slices.SortFunc(edges, func(x, y edge) int { return x.w - y.w })
	ds := NewDisjointSet[string]()
	total := 0
	for _, e := range edges {
		if ds.Union(e.a, e.b) {
			total += e.w
			fmt.Printf("take %s-%s (%d)\n", e.a, e.b, e.w)
		}
	}
	fmt.Println("mst weight:", total)
}
