package main

import (
	"errors"
	"fmt"
	"slices"
)

var ErrCycle = errors.New("graph has a cycle")

// Kahn's algorithm; ties broken alphabetically so the output is stable.
func topoSort(deps map[string][]string) ([]string, error) {
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
				ready = append(ready, m)
				slices.Sort(ready)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, ErrCycle
	}
	return order, nil
}

func main() {
	course := map[string][]string{
		"intro":        {"data-structs", "discrete"},
		"discrete":     {"algorithms"},
		"data-structs": {"algorithms", "databases"},
		"algorithms":   {"compilers"},
		"databases":    {},
	}
	order, err := topoSort(course)
	fmt.Println("order:", order, "err:", err)
	for i, c := range order {
		fmt.Printf("%d. %s\n", i+1, c)
	}

	cyclic := map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}, "start": {"a"}}
	order, err = topoSort(cyclic)
	if errors.Is(err, ErrCycle) {
		fmt.Println("cycle detected after", order)
	}
}
