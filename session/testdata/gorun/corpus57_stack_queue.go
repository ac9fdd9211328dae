package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Enqueue(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Dequeue() (T, error) {
	if len(q.items) == 0 {
		var zero T
		return zero, errors.New("empty queue")
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func SortedCopy[T cmp.Ordered](xs []T) []T {
	out := slices.Clone(xs)
	slices.Sort(out)
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func balanced(s string) bool {
	var st Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
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
	return st.Len() == 0
}

func main() {
	var s Stack[int]
	s.Push(1, 2, 3)
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	var q Queue[string]
	q.Enqueue("a")
	q.Enqueue("b")
	for range 3 {
		x, err := q.Dequeue()
		fmt.Printf("%q %v\n", x, err)
	}
	for _, in := range []string{"([]{})", "([)]", "{[", "", "(a[b]{c})d)"} {
		fmt.Printf("%-12q %t\n", in, balanced(in))
	}
	fmt.Println(SortedCopy([]string{"pear", "apple", "fig"}), SortedCopy([]float64{3.5, -1, 2}))
	ps := []Pair[string, int]{{"b", 2}, {"a", 9}, {"c", 1}}
	slices.SortFunc(ps, func(x, y Pair[string, int]) int { return cmp.Compare(x.Val, y.Val) })
	fmt.Println(ps, ps[0])
	idx, found := slices.BinarySearch(SortedCopy([]int{9, 4, 7, 1}), 7)
	fmt.Println(idx, found)
}
