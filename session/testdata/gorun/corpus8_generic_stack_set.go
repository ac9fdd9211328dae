package main

import (
	"fmt"
	"slices"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Size() int { return len(s.items) }

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](vals ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, v := range vals {
		s.Add(v)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Count() int   { return len(s.m) }
func (s *Set[T]) Remove(v T)   { delete(s.m, v) }

func balanced(expr string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Size() == 0
}

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("to be or not") {
		s.Push(w)
	}
	for s.Size() > 0 {
		w, _ := s.Pop()
		fmt.Print(w, " ")
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println("empty pop ok:", ok)

	for _, e := range []string{"(a[b]{c})", "(]", "((", ""} {
		fmt.Printf("%q balanced: %v\n", e, balanced(e))
	}

	tags := NewSet("go", "rust", "go", "zig")
	fmt.Println(tags.Count(), tags.Has("go"), tags.Has("c"))
	tags.Remove("go")
	fmt.Println(tags.Count(), tags.Has("go"))
	primes := NewSet(2, 3, 5, 7)
	var found []int
	for i := range 10 {
		if primes.Has(i) {
			found = append(found, i)
		}
	}
	slices.Sort(found)
	fmt.Println(found)
}
