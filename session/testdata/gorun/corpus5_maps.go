package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name  string
	Grade int
}

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	fmt.Println(len(ages), ages)
	delete(ages, "bob")
	delete(ages, "nobody")
	fmt.Println(len(ages), ages)
	if age, ok := ages["dave"]; !ok {
		fmt.Println("dave missing, zero:", age)
	}
	ages["alice"]++
	fmt.Println(ages["alice"])

	students := map[int]Student{1: {"Ann", 90}}
	st := students[1]
	st.Grade = 95
	students[1] = st
	fmt.Println(students)

	ptrs := map[string]*Student{"x": {"Xi", 70}}
	ptrs["x"].Grade += 5
	fmt.Println(*ptrs["x"])

	nested := map[string]map[string]int{}
	add := func(outer, inner string, v int) {
		m, ok := nested[outer]
		if !ok {
			m = make(map[string]int)
			nested[outer] = m
		}
		m[inner] += v
	}
	add("fruit", "apple", 3)
	add("fruit", "pear", 1)
	add("veg", "leek", 2)
	add("fruit", "apple", 1)
	fmt.Println(nested)

	counts := map[string]int{}
	for _, w := range []string{"go", "is", "fun", "go", "go", "is"} {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-4s %d\n", k, counts[k])
	}
	type kv struct {
		Key string
		Val int
	}
	var pairs []kv
	for k, v := range counts {
		pairs = append(pairs, kv{k, v})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].Val != pairs[j].Val {
			return pairs[i].Val > pairs[j].Val
		}
		return pairs[i].Key < pairs[j].Key
	})
	fmt.Println(pairs)

	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	set := map[rune]struct{}{}
	for _, r := range "hello" {
		set[r] = struct{}{}
	}
	fmt.Println(len(set))
	m2 := map[[2]int]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(m2[[2]int{1, 2}], m2)
}
