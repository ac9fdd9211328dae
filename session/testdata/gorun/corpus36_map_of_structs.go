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
	byVal := map[string]Player{
		"ann": {"Ann", 10},
		"bob": {"Bob", 5},
	}
	// byVal["ann"].Score++ does not compile; copy, modify, store back.
	p := byVal["ann"]
	p.Score += 5
	fmt.Println("copy:", p, "map still:", byVal["ann"])
	byVal["ann"] = p
	fmt.Println("after store:", byVal["ann"])

	byPtr := map[string]*Player{
		"ann": {"Ann", 10},
		"bob": {"Bob", 5},
	}
	byPtr["bob"].Score *= 3
	fmt.Println("via pointer:", *byPtr["bob"])

	missing := byVal["zed"]
	fmt.Printf("missing value: %+v\n", missing)
	if q, ok := byPtr["zed"]; !ok {
		fmt.Println("missing pointer:", q == nil)
	}

	counts := map[string][]int{}
	counts["a"] = append(counts["a"], 1)
	counts["a"] = append(counts["a"], 2)
	counts["b"] = append(counts["b"], 3)

	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}

	for _, v := range byVal {
		v.Score = 0 // modifies the copy only
	}
	names := []string{}
	for k := range byVal {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%s=%d ", k, byVal[k].Score)
	}
	fmt.Println()

	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"]++
	nested["x"]["y"]++
	fmt.Println(nested, len(nested["nope"]))

	arrMap := map[int][2]int{}
	v := arrMap[1]
	v[0] = 7
	arrMap[1] = v
	fmt.Println(arrMap)
}
