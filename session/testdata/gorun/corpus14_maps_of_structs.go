package main

import (
	"fmt"
	"sort"
)

type Player struct {
	Name  string
	Score int
	Tags  []string
}

func main() {
	players := map[string]Player{
		"ann": {Name: "Ann", Score: 10},
		"bob": {Name: "Bob", Score: 7},
	}
	p := players["ann"]
	p.Score += 5
	fmt.Println(players["ann"].Score, p.Score)
	players["ann"] = p
	fmt.Println(players["ann"].Score)

	ptrs := map[string]*Player{}
	for k, v := range players {
		v := v
		ptrs[k] = &v
	}
	ptrs["bob"].Score *= 10
	fmt.Println(players["bob"].Score, ptrs["bob"].Score)

	keys := make([]string, 0, len(players))
	for k := range players {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%+v\n", k, players[k])
	}

	missing := players["zed"]
	fmt.Printf("%q %d %v\n", missing.Name, missing.Score, missing.Tags == nil)
	if _, ok := players["zed"]; !ok {
		fmt.Println("zed absent")
	}

	tagged := players["bob"]
	tagged.Tags = append(tagged.Tags, "new")
	players["bob"] = tagged
	alias := players["bob"]
	alias.Tags[0] = "changed"
	fmt.Println(players["bob"].Tags)

	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		counts[w]++
	}
	fmt.Println(counts)
	delete(counts, "c")
	delete(counts, "nope")
	fmt.Println(len(counts), counts)

	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested)

	m2 := counts
	m2["z"] = 26
	fmt.Println(counts["z"], len(counts))

	type key struct{ x, y int }
	visited := map[key]bool{{1, 2}: true}
	fmt.Println(visited[key{1, 2}], visited[key{2, 1}])
}
