// Map cheat sheet: create, lookup, delete, iterate sorted, nested maps, sets.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	fmt.Println(len(ages), ages["alice"], ages["nobody"])
	if age, ok := ages["bob"]; ok {
		fmt.Println("bob is", age)
	}
	_, exists := ages["dave"]
	fmt.Println("dave exists:", exists)
	delete(ages, "bob")
	delete(ages, "not-there")
	fmt.Println(ages)

	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, ages[k])
	}
	fmt.Println()

	text := "the cat and the dog and the bird"
	freq := make(map[string]int)
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	type kv struct {
		Key   string
		Count int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Key < list[j].Key
	})
	fmt.Println(list)

	nested := map[string]map[string]int{}
	add := func(a, b string, v int) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b] += v
	}
	add("x", "y", 1)
	add("x", "z", 2)
	add("x", "y", 3)
	fmt.Println(nested)

	s := Set[string]{}
	s.Add("go")
	s.Add("rust")
	s.Add("go")
	fmt.Println(len(s), s.Has("go"), s.Has("java"))

	copyOf := maps.Clone(ages)
	copyOf["zed"] = 1
	fmt.Println(len(ages), len(copyOf), maps.Equal(ages, copyOf))

	grouped := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "d", "eee"} {
		grouped[len(w)] = append(grouped[len(w)], w)
	}
	fmt.Println(grouped)

	type point struct{ x, y int }
	visited := map[point]bool{{0, 0}: true, {1, 2}: true}
	fmt.Println(visited[point{1, 2}], visited[point{2, 1}])
	clear(visited)
	fmt.Println(len(visited))
}
