package main

import (
	"fmt"
	"sort"
)

type Grade struct {
	Level    int
	Students []string
}

type School struct {
	roster map[int][]string
}

func NewSchool() *School { return &School{roster: make(map[int][]string)} }

func (s *School) Add(name string, level int) bool {
	for _, names := range s.roster {
		for _, n := range names {
			if n == name {
				return false
			}
		}
	}
	s.roster[level] = append(s.roster[level], name)
	return true
}

func (s *School) Grade(level int) []string {
	names := append([]string(nil), s.roster[level]...)
	sort.Strings(names)
	return names
}

func (s *School) Enrollment() []Grade {
	levels := make([]int, 0, len(s.roster))
	for l := range s.roster {
		levels = append(levels, l)
	}
	sort.Ints(levels)
	var out []Grade
	for _, l := range levels {
		out = append(out, Grade{l, s.Grade(l)})
	}
	return out
}

func main() {
	s := NewSchool()
	adds := []struct {
		name  string
		level int
	}{
		{"Jim", 3}, {"Aimee", 2}, {"Blair", 2}, {"Zoe", 5}, {"Paul", 2},
		{"Jim", 4}, {"Chelsea", 3}, {"Logan", 7}, {"Anna", 1},
	}
	for _, a := range adds {
		fmt.Printf("add %-8s to %d: %v\n", a.name, a.level, s.Add(a.name, a.level))
	}
	fmt.Println(s.Grade(2))
	fmt.Println(s.Grade(9), len(s.Grade(9)), s.Grade(9) == nil)
	for _, g := range s.Enrollment() {
		fmt.Printf("grade %d: %v\n", g.Level, g.Students)
	}
	fmt.Printf("%+v\n", s.Enrollment()[0])
	fmt.Printf("%v\n", s.Enrollment())
}
