package main

import (
	"fmt"
	"sort"
)

func main() {
	tests := []struct {
		name string
		in   int
		want int
	}{
		{"zero", 0, 0},
		{"one", 1, 1},
		{"five", 5, 25},
		{"neg", -3, 9},
	}
	for _, tc := range tests {
		got := tc.in * tc.in
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%-5s %s got=%d\n", tc.name, status, got)
	}

	cfg := struct {
		Host string
		Port int
		Tags []string
	}{"localhost", 8080, []string{"a", "b"}}
	fmt.Printf("%v\n%+v\n", cfg, cfg)
	fmt.Printf("%T\n", cfg)

	people := []struct {
		Name string
		Age  int
	}{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	for i, p := range people {
		fmt.Println(i, p.Name, p.Age)
	}

	point := struct{ X, Y int }{3, 4}
	type P struct{ X, Y int }
	converted := P(point)
	fmt.Printf("%+v %T\n", converted, converted)

	nested := struct {
		ID    int
		Inner struct{ A, B string }
	}{ID: 1}
	nested.Inner.A = "x"
	fmt.Printf("%+v\n", nested)

	m := map[string]struct{ Count int }{}
	m["a"] = struct{ Count int }{1}
	e := m["a"]
	e.Count++
	m["a"] = e
	fmt.Println(m["a"].Count, len(m))

	set := map[string]struct{}{}
	for _, w := range []string{"go", "is", "go", "fun"} {
		set[w] = struct{}{}
	}
	fmt.Println("unique:", len(set))
	empty := struct{}{}
	fmt.Printf("%v %+v %#v\n", empty, empty, empty)
}
