package main

import (
	"fmt"
	"sort"
)

func main() {
	sammy := map[string]string{"name": "Sammy", "animal": "shark", "color": "blue", "location": "ocean"}
	fmt.Println(sammy["name"], len(sammy))

	// Printing a map sorts its keys.
	fmt.Println(sammy)

	// Iterate in a stable order by sorting the keys.
	keys := make([]string, 0, len(sammy))
	for k := range sammy {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %s\n", k, sammy[k])
	}

	// The comma-ok idiom.
	counts := map[string]int{"sammy": 12, "jesse": 0}
	if c, ok := counts["jesse"]; ok {
		fmt.Println("jesse has", c)
	}
	if _, ok := counts["drew"]; !ok {
		fmt.Println("drew is not in the map")
	}
	v, ok := counts["sammy"]
	fmt.Println(v, ok)
	missing := counts["nobody"]
	fmt.Println("missing:", missing)

	// Adding, updating and deleting.
	counts["drew"] = 3
	counts["sammy"]++
	delete(counts, "jesse")
	delete(counts, "not-there")
	fmt.Println(counts, len(counts))

	// Word frequency.
	text := "the cat and the hat and the bat"
	freq := map[string]int{}
	word := ""
	for _, r := range text + " " {
		if r == ' ' {
			if word != "" {
				freq[word]++
			}
			word = ""
			continue
		}
		word += string(r)
	}
	type kv struct {
		Key   string
		Count int
	}
	var list []kv
	for k, c := range freq {
		list = append(list, kv{k, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Key < list[j].Key
	})
	for _, e := range list {
		fmt.Println(e.Key, e.Count)
	}

	// Maps are references.
	m1 := map[int]bool{1: true}
	m2 := m1
	m2[2] = true
	fmt.Println(len(m1), m1)

	// Maps of slices and nested maps.
	groups := map[string][]string{}
	groups["fish"] = append(groups["fish"], "cod", "tuna")
	groups["mammal"] = append(groups["mammal"], "whale")
	fmt.Println(groups)

	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["x"] = 1
	fmt.Println(nested)

	// A nil map reads fine.
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)

	// Struct values in maps.
	type point struct{ X, Y int }
	locs := map[string]point{"home": {1, 2}}
	p := locs["home"]
	p.X = 10
	locs["home"] = p
	fmt.Println(locs)
}
