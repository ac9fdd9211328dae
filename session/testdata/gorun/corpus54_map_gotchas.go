package main

import (
	"fmt"
	"sort"
)

type Stats struct{ Hits int }

func addOne(m map[string]int) { m["added"] = 1 }

func reset(m map[string]int) { m = map[string]int{} }

func main() {
	// Maps are references: functions see and change the caller's map.
	m := map[string]int{"a": 1}
	addOne(m)
	reset(m)
	fmt.Println(len(m), m["added"])

	// Missing keys give the zero value.
	fmt.Println(m["nope"], len(m))
	m["counter"]++
	m["counter"] += 2
	fmt.Println(m["counter"])

	// Struct values in a map are not addressable; replace or use pointers.
	stats := map[string]Stats{"x": {1}}
	s := stats["x"]
	s.Hits++
	stats["x"] = s
	fmt.Println(stats["x"].Hits)
	ptrs := map[string]*Stats{"y": {1}}
	ptrs["y"].Hits += 10
	fmt.Println(ptrs["y"].Hits)

	// Deleting during range is allowed.
	nums := map[int]bool{1: true, 2: true, 3: true, 4: true}
	for k := range nums {
		if k%2 == 0 {
			delete(nums, k)
		}
	}
	keys := make([]int, 0, len(nums))
	for k := range nums {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)

	// Printing a map sorts its keys.
	fmt.Println(map[string]int{"zeta": 1, "alpha": 2, "mid": 3})
	fmt.Printf("%v\n", map[int]string{3: "c", 1: "a", 2: "b"})

	// Maps of slices: append to a missing key works.
	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry"} {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups)

	// Sets with struct{}.
	set := map[string]struct{}{}
	for _, w := range []string{"go", "rust", "go"} {
		set[w] = struct{}{}
	}
	_, has := set["go"]
	fmt.Println(len(set), has)

	// Nested maps must be created.
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"] = 2
	fmt.Println(nested)

	// Copying a map needs a loop.
	orig := map[string]int{"k": 1}
	alias := orig
	cp := make(map[string]int, len(orig))
	for k, v := range orig {
		cp[k] = v
	}
	alias["k"] = 100
	fmt.Println(orig["k"], cp["k"])

	clear(orig)
	fmt.Println(len(orig), len(alias))
}
