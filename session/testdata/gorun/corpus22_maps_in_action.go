package main

import (
	"fmt"
	"sort"
	"strings"
)

type Key struct {
	Path, Country string
}

type Node struct {
	Next  *Node
	Value interface{}
}

type Person struct {
	Name  string
	Likes []string
}

func main() {
	m := map[string]int{}
	m["route"] = 66
	i := m["route"]
	j := m["root"]
	fmt.Println(i, j, len(m))
	delete(m, "route")
	_, ok := m["route"]
	fmt.Println(ok, len(m))

	commits := map[string]int{"rsc": 3711, "r": 2138, "gri": 1908, "adg": 912}
	var keys []string
	for k := range commits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, commits[k])
	}

	var first *Node = &Node{Value: 1}
	first.Next = &Node{Value: 2, Next: &Node{Value: 3}}
	first.Next.Next.Next = first.Next
	visited := make(map[*Node]bool)
	for n := first; n != nil; n = n.Next {
		if visited[n] {
			fmt.Println("cycle detected at", n.Value)
			break
		}
		visited[n] = true
		fmt.Println(n.Value)
	}

	var people []*Person
	people = append(people, &Person{"Alice", []string{"cheese", "bacon"}})
	people = append(people, &Person{"Bob", []string{"bacon", "eggs"}})
	people = append(people, &Person{"Carol", []string{"cheese"}})
	likes := make(map[string][]*Person)
	for _, p := range people {
		for _, l := range p.Likes {
			likes[l] = append(likes[l], p)
		}
	}
	for _, food := range []string{"bacon", "cheese", "eggs", "tofu"} {
		var names []string
		for _, p := range likes[food] {
			names = append(names, p.Name)
		}
		fmt.Println(len(likes[food]), "people like", food+":", strings.Join(names, ","))
	}

	hits := make(map[string]map[string]int)
	add := func(m map[string]map[string]int, path, country string) {
		mm, ok := m[path]
		if !ok {
			mm = make(map[string]int)
			m[path] = mm
		}
		mm[country]++
	}
	add(hits, "/doc/", "au")
	add(hits, "/doc/", "au")
	add(hits, "/doc/", "us")
	fmt.Println(hits["/doc/"]["au"], hits["/doc/"]["us"], hits["/ref/"]["cn"])

	hits2 := make(map[Key]int)
	hits2[Key{"/", "vn"}]++
	hits2[Key{"/", "vn"}]++
	hits2[Key{"/ref/spec", "ch"}]++
	fmt.Println(hits2[Key{"/", "vn"}], len(hits2))
	fmt.Println(hits2)

	text := "the quick brown fox jumps over the lazy dog the end"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(a, b int) bool {
		if list[a].c != list[b].c {
			return list[a].c > list[b].c
		}
		return list[a].w < list[b].w
	})
	fmt.Println(list[:3])
	set := map[rune]struct{}{}
	for _, r := range "mississippi" {
		set[r] = struct{}{}
	}
	fmt.Println(len(set), set)
}
