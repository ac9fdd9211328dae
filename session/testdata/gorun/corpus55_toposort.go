package main

import (
	"errors"
	"fmt"
	"slices"
)

var ErrCycle = errors.New("graph has a cycle")

// kahn returns a topological order using Kahn's algorithm;
// ties are broken alphabetically so the output is deterministic.
func kahn(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	for n, outs := range deps {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, m := range outs {
			indeg[m]++
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	slices.Sort(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range deps[n] {
			indeg[m]--
			if indeg[m] == 0 {
				i, _ := slices.BinarySearch(ready, m)
				ready = slices.Insert(ready, i, m)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("kahn: %w (%d of %d nodes placed)", ErrCycle, len(order), len(indeg))
	}
	return order, nil
}

// dfsTopo uses post-order DFS with three colours.
func dfsTopo(n int, edges [][2]int) ([]int, bool) {
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	const (
		white = iota
		grey
		black
	)
	color := make([]int, n)
	var out []int
	var visit func(int) bool
	visit = func(u int) bool {
		color[u] = grey
		for _, v := range adj[u] {
			switch color[v] {
			case grey:
				return false
			case white:
				if !visit(v) {
					return false
				}
			}
		}
		color[u] = black
		out = append(out, u)
		return true
	}
	for u := range n {
		if color[u] == white && !visit(u) {
			return nil, false
		}
	}
	slices.Reverse(out)
	return out, true
}

func main() {
	courses := map[string][]string{
		"intro":      {"datastruct", "discrete"},
		"discrete":   {"algorithms"},
		"datastruct": {"algorithms", "databases"},
		"algorithms": {"compilers"},
		"databases":  {},
		"compilers":  {},
	}
	order, err := kahn(courses)
	fmt.Println(order, err)

	courses["compilers"] = []string{"intro"}
	order, err = kahn(courses)
	fmt.Println(order, err)
	fmt.Println("is cycle error:", errors.Is(err, ErrCycle))

	o, ok := dfsTopo(6, [][2]int{{5, 2}, {5, 0}, {4, 0}, {4, 1}, {2, 3}, {3, 1}})
	fmt.Println(o, ok)
	o, ok = dfsTopo(3, [][2]int{{0, 1}, {1, 2}, {2, 0}})
	fmt.Println(o, ok)
}
