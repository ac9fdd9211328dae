package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Score float64
}

type Roster map[string][]Student

func (r Roster) Add(class string, s Student) {
	r[class] = append(r[class], s)
}

func main() {
	r := Roster{}
	r.Add("math", Student{"Ann", 10, 91.5})
	r.Add("math", Student{"Ben", 11, 78})
	r.Add("art", Student{"Cy", 10, 88.25})
	fmt.Println(r)
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%T\n", r)
	fmt.Println(len(r["math"]), r["math"][1].Name)

	classes := make([]string, 0)
	for c := range r {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	for _, c := range classes {
		names := []string{}
		for _, s := range r[c] {
			names = append(names, s.Name)
		}
		fmt.Printf("%-5s|%s\n", c, strings.Join(names, ","))
	}

	ptrs := []*Student{{"Dee", 9, 70}, {"Eve", 12, 99}}
	for _, p := range ptrs {
		p.Score += 1
	}
	fmt.Println(*ptrs[0], *ptrs[1])
	fmt.Printf("%+v\n", *ptrs[1])
	fmt.Printf("%v\n", ptrs[0] == ptrs[1])
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].Score > ptrs[j].Score })
	fmt.Println(ptrs[0].Name)

	byGrade := map[int][]*Student{}
	for _, s := range append(r["math"], r["art"]...) {
		s := s
		byGrade[s.Grade] = append(byGrade[s.Grade], &s)
	}
	fmt.Println(len(byGrade[10]), byGrade[10][0].Name, byGrade[10][1].Name)
	nested := map[string]map[string][]int{"a": {"x": {1, 2}}, "b": {}}
	fmt.Println(nested)
	fmt.Printf("%#v\n", nested["a"])
	grid := [][]Student{{{"Z", 1, 2}}, nil, {}}
	fmt.Println(grid)
	fmt.Printf("%+v\n", grid)
}
