package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[string][]string{}
	people := [][2]string{{"eng", "ann"}, {"ops", "bob"}, {"eng", "cid"}, {"hr", "dee"}, {"eng", "eve"}}
	for _, p := range people {
		groups[p[0]] = append(groups[p[0]], p[1])
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k], len(groups[k]))
	}
	fmt.Println(groups)

	records := []map[string]interface{}{
		{"name": "Ann", "age": 31},
		{"name": "Bob", "age": 25, "admin": true},
	}
	records = append(records, map[string]interface{}{"name": "Cid"})
	for i, r := range records {
		age, ok := r["age"].(int)
		fmt.Println(i, r["name"], age, ok, r["admin"])
	}
	fmt.Println(records)

	scores := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	for k, v := range scores {
		if v%2 == 0 {
			delete(scores, k)
		}
	}
	fmt.Println(len(scores), scores)
	delete(scores, "zzz")
	if _, ok := scores["b"]; !ok {
		fmt.Println("b deleted")
	}

	nested := map[string]map[string]int{}
	add := func(outer, inner string, n int) {
		if nested[outer] == nil {
			nested[outer] = map[string]int{}
		}
		nested[outer][inner] += n
	}
	add("x", "p", 1)
	add("x", "q", 2)
	add("y", "p", 3)
	add("x", "p", 10)
	fmt.Println(nested, nested["z"]["w"])

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)

	matrix := map[[2]int]string{{0, 1}: "a", {1, 0}: "b"}
	fmt.Println(matrix[[2]int{1, 0}])

	inv := map[string]int{"one": 1, "two": 2, "three": 3}
	rev := make(map[int]string)
	for k, v := range inv {
		rev[v] = k
	}
	fmt.Println(rev)

	sl := []int{1, 2, 3, 4, 5, 6}
	filtered := sl[:0]
	for _, v := range sl {
		if v%3 != 0 {
			filtered = append(filtered, v)
		}
	}
	fmt.Println(filtered, sl)

	s := make([]int, 3, 10)
	t := append(s, 4)
	u := append(s, 5)
	fmt.Println(s, t, u, len(t), cap(t))
	copy(s, []int{9, 9, 9, 9})
	fmt.Println(s, t)
	full := s[0:2:2]
	full = append(full, 100)
	fmt.Println(s, full)

	var counts = map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts)
	m2 := map[string]*int{}
	v := 5
	m2["p"] = &v
	*m2["p"]++
	fmt.Println(v)
	type pt struct{ X, Y int }
	ms := map[string]pt{"a": {1, 2}}
	tmp := ms["a"]
	tmp.X = 50
	ms["a"] = tmp
	fmt.Println(ms)
}
