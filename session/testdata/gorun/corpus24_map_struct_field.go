package main

import (
	"fmt"
	"sort"
)

type Player struct {
	Name  string
	Score int
}

func main() {
	// m["k"].Score = 1 does not compile; read, modify, write back.
	byValue := map[string]Player{
		"ann": {"Ann", 10},
		"bob": {"Bob", 7},
	}
	p := byValue["ann"]
	p.Score += 5
	fmt.Println("copy:", p.Score, "map:", byValue["ann"].Score)
	byValue["ann"] = p
	fmt.Println("written back:", byValue["ann"].Score)

	// With pointers the field can be assigned in place.
	byPtr := map[string]*Player{
		"ann": {"Ann", 10},
		"bob": {"Bob", 7},
	}
	byPtr["bob"].Score *= 3
	for _, pl := range byPtr {
		pl.Score++
	}
	keys := make([]string, 0, len(byPtr))
	for k := range byPtr {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %+v\n", k, *byPtr[k])
	}

	// Ranging over a map of values gives copies.
	for _, pl := range byValue {
		pl.Score = 0
	}
	fmt.Println(byValue["bob"].Score)

	// Slices of structs can be modified through the index.
	roster := []Player{{"C", 1}, {"D", 2}}
	roster[0].Score = 100
	ptr := &roster[1]
	ptr.Score = 200
	fmt.Println(roster)

	// Maps of slices: append must be written back too.
	groups := map[string][]string{}
	groups["x"] = append(groups["x"], "one")
	groups["x"] = append(groups["x"], "two")
	fmt.Println(groups["x"], len(groups["y"]))

	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a"} {
		counts[w]++
	}
	fmt.Println(counts["a"], counts["b"], counts["c"])

	nested := map[string]map[string]int{"outer": {}}
	nested["outer"]["inner"] = 5
	fmt.Println(nested)
}
