package main

import (
	"fmt"
	"sort"
	"strings"
)

type Vertex struct {
	Lat, Long float64
}

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func main() {
	m := map[string]Vertex{
		"Bell Labs": {40.68433, -74.39967},
		"Google":    {37.42202, -122.08408},
	}
	fmt.Println(m["Bell Labs"])
	fmt.Println(m)
	counts := WordCount("the quick brown fox jumps over the lazy dog the end")
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()
	ages := make(map[string]int)
	ages["alice"] = 31
	ages["bob"] = 25
	delete(ages, "bob")
	v, ok := ages["bob"]
	fmt.Println("The value:", v, "Present?", ok)
	if age, found := ages["alice"]; found {
		fmt.Println("alice is", age)
	}
	fmt.Println(len(ages))
	nested := map[string][]int{}
	nested["even"] = append(nested["even"], 2, 4)
	nested["odd"] = append(nested["odd"], 1)
	fmt.Println(nested)
}
