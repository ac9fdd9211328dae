package main

import (
	"errors"
	"fmt"
	"sort"
)

var errCycle = errors.New("graph has a cycle")

// kahn returns a topological order; ties are broken alphabetically.
func kahn(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	for n, ds := range deps {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, d := range ds {
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
		}
	}
	rev := map[string][]string{}
	for n, ds := range deps {
		for _, d := range ds {
			rev[d] = append(rev[d], n)
			indeg[n]++
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
		for _, m := range rev[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("kahn: %w (%d of %d sorted)", errCycle, len(order), len(indeg))
	}
	return order, nil
}

const (
	white = iota
	gray
	black
)

func dfsTopo(nodes []string, edges map[string][]string) ([]string, error) {
	color := make(map[string]int)
	var out []string
	var visit func(string) error
	visit = func(n string) error {
		switch color[n] {
		case gray:
			return fmt.Errorf("dfs: %w at %s", errCycle, n)
		case black:
			return nil
		}
		color[n] = gray
		for _, m := range edges[n] {
			if err := visit(m); err != nil {
				return err
			}
		}
		color[n] = black
		out = append([]string{n}, out...)
		return nil
	}
	for _, n := range nodes {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func main() {
	deps := map[string][]string{
		"app":   {"lib", "log"},
		"lib":   {"core"},
		"log":   {"core", "fmt"},
		"test":  {"app"},
		"core":  nil,
		"fmt":   {},
		"bench": {"lib"},
	}
	order, err := kahn(deps)
	fmt.Println(order, err)

	deps["core"] = []string{"app"}
	order, err = kahn(deps)
	fmt.Println(order, err, errors.Is(err, errCycle))

	edges := map[string][]string{"shirt": {"tie", "belt"}, "tie": {"jacket"}, "pants": {"shoes", "belt"}, "belt": {"jacket"}}
	res, err := dfsTopo([]string{"shirt", "pants", "socks"}, edges)
	fmt.Println(res, err)
	edges["jacket"] = []string{"shirt"}
	_, err = dfsTopo([]string{"shirt"}, edges)
	fmt.Println("error:", err)
}
