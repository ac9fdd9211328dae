package main

import (
	"cmp"
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

// Tree is a binary search tree ordered by cmp.Compare.
type Tree[T cmp.Ordered] struct {
	root *node[T]
}

type node[T cmp.Ordered] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Insert(v T) {
	p := &t.root
	for *p != nil {
		if cmp.Less(v, (*p).val) {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &node[T]{val: v}
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T cmp.Ordered](n *node[T], f func(T)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.val)
	walk(n.right, f)
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Println(v)
	}
	_, err := s.Pop()
	fmt.Println(err)

	ps := []Pair[string, int]{{"x", 1}, {"y", 2}}
	fmt.Println(ps, ps[0])

	var t Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		t.Insert(v)
	}
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	var ts Tree[string]
	for _, w := range []string{"pear", "apple", "fig"} {
		ts.Insert(w)
	}
	ts.Walk(func(v string) { fmt.Print(v, " ") })
	fmt.Println()
}
