package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	edges map[string][]string
	nodes map[string]bool
}

func NewGraph() *Graph {
	return &Graph{edges: map[string][]string{}, nodes: map[string]bool{}}
}

func (g *Graph) AddEdge(from, to string) {
	g.edges[from] = append(g.edges[from], to)
	g.nodes[from] = true
	g.nodes[to] = true
}

type CycleError struct{ Path []string }

func (e CycleError) Error() string { return "cycle: " + strings.Join(e.Path, " -> ") }

func (g *Graph) sortedNodes() []string {
	var ns []string
	for n := range g.nodes {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

// Kahn's algorithm, smallest name first for determinism.
func (g *Graph) Kahn() ([]string, error) {
	indeg := map[string]int{}
	for _, n := range g.sortedNodes() {
		indeg[n] += 0
		for _, m := range g.edges[n] {
			indeg[m]++
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range g.edges[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(order) != len(g.nodes) {
		return order, errors.New("graph has a cycle")
	}
	return order, nil
}

// DFS with colors, reporting the cycle path.
func (g *Graph) DFS() ([]string, error) {
	const (
		white = iota
		gray
		black
	)
	color := map[string]int{}
	var stack, out []string
	var visit func(n string) error
	visit = func(n string) error {
		color[n] = gray
		stack = append(stack, n)
		next := append([]string(nil), g.edges[n]...)
		sort.Strings(next)
		for _, m := range next {
			switch color[m] {
			case gray:
				i := len(stack) - 1
				for stack[i] != m {
					i--
				}
				return CycleError{append(append([]string{}, stack[i:]...), m)}
			case white:
				if err := visit(m); err != nil {
					return err
				}
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		out = append(out, n)
		return nil
	}
	for _, n := range g.sortedNodes() {
		if color[n] == white {
			if err := visit(n); err != nil {
				return nil, err
			}
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}

func main() {
	g := NewGraph()
	deps := [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"},
		{"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}, {"undershorts", "pants"}, {"undershorts", "shoes"}}
	for _, d := range deps {
		g.AddEdge(d[0], d[1])
	}
	order, err := g.Kahn()
	fmt.Println("kahn:", order, err)
	order, err = g.DFS()
	fmt.Println("dfs: ", order, err)
	g.AddEdge("jacket", "shirt")
	order, err = g.Kahn()
	fmt.Println("kahn:", order, err)
	_, err = g.DFS()
	var ce CycleError
	fmt.Println("dfs: ", err, errors.As(err, &ce), len(ce.Path))
}
