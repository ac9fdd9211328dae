package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type CycleError[N comparable] struct {
	Path []N
}

func (e *CycleError[N]) Error() string {
	parts := make([]string, len(e.Path))
	for i, n := range e.Path {
		parts[i] = fmt.Sprint(n)
	}
	return "cycle: " + strings.Join(parts, " -> ")
}

type DAG[N comparable] struct {
	nodes []N
	deps  map[N][]N
}

func (g *DAG[N]) Add(n N, deps ...N) {
	if g.deps == nil {
		g.deps = map[N][]N{}
	}
	if _, ok := g.deps[n]; !ok {
		g.nodes = append(g.nodes, n)
	}
	g.deps[n] = append(g.deps[n], deps...)
	for _, d := range deps {
		if _, ok := g.deps[d]; !ok {
			g.deps[d] = nil
			g.nodes = append(g.nodes, d)
		}
	}
}

func (g *DAG[N]) Sort() ([]N, error) {
	const (
		white = iota
		grey
		black
	)
	state := map[N]int{}
	var order, stack []N
	var visit func(N) error
	visit = func(n N) error {
		switch state[n] {
		case black:
			return nil
		case grey:
			i := slices.Index(stack, n)
			return &CycleError[N]{Path: append(slices.Clone(stack[i:]), n)}
		}
		state[n] = grey
		stack = append(stack, n)
		for _, d := range g.deps[n] {
			if err := visit(d); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		state[n] = black
		order = append(order, n)
		return nil
	}
	for _, n := range g.nodes {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func main() {
	var build DAG[string]
	build.Add("app", "lib", "config")
	build.Add("lib", "util")
	build.Add("config", "util")
	build.Add("test", "app")
	order, err := build.Sort()
	fmt.Println(order, err)

	var nums DAG[int]
	nums.Add(1, 2)
	nums.Add(2, 3)
	nums.Add(3, 1)
	_, err = nums.Sort()
	fmt.Println(err)
	var ce *CycleError[int]
	if errors.As(err, &ce) {
		fmt.Println("cycle length", len(ce.Path)-1, ce.Path)
	}
	fmt.Printf("%T\n", err)
}
