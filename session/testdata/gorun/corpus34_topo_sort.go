package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Graph struct {
	deps map[string][]string
}

func NewGraph() *Graph { return &Graph{deps: map[string][]string{}} }

func (g *Graph) DependsOn(node string, deps ...string) {
	g.deps[node] = append(g.deps[node], deps...)
	for _, d := range deps {
		if _, ok := g.deps[d]; !ok {
			g.deps[d] = nil
		}
	}
}

var ErrCycle = errors.New("dependency cycle")

func (g *Graph) Sort() ([]string, error) {
	const (
		unvisited = iota
		visiting
		done
	)
	state := map[string]int{}
	var order []string
	var path []string

	var visit func(n string) error
	visit = func(n string) error {
		switch state[n] {
		case visiting:
			i := slices.Index(path, n)
			return fmt.Errorf("%w: %s -> %s", ErrCycle, strings.Join(path[i:], " -> "), n)
		case done:
			return nil
		}
		state[n] = visiting
		path = append(path, n)
		deps := slices.Clone(g.deps[n])
		slices.Sort(deps)
		for _, d := range deps {
			if err := visit(d); err != nil {
				return err
			}
		}
		path = path[:len(path)-1]
		state[n] = done
		order = append(order, n)
		return nil
	}

	nodes := make([]string, 0, len(g.deps))
	for n := range g.deps {
		nodes = append(nodes, n)
	}
	slices.Sort(nodes)
	for _, n := range nodes {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func main() {
	g := NewGraph()
	g.DependsOn("app", "http", "db", "log")
	g.DependsOn("http", "net", "log")
	g.DependsOn("db", "net", "config")
	g.DependsOn("log", "config")
	order, err := g.Sort()
	fmt.Println(order, err)

	g.DependsOn("config", "app")
	order, err = g.Sort()
	fmt.Println(order, err)
	fmt.Println(errors.Is(err, ErrCycle))
}
