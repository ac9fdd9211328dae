// Generic data structures: Stack[T], Queue[T] and Map/Filter helpers
package main

import "fmt"

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

func (s Stack[T]) Len() int { return len(s.items) }

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	s.Push("c")
	fmt.Println("len:", s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	ints := &Stack[int]{}
	ints.Push(42)
	v, _ := ints.Pop()
	_, ok := ints.Pop()
	fmt.Printf("%d %v %T\n", v, ok, ints)

	nums := []int{1, 2, 3, 4, 5, 6}
	fmt.Println("sum:", Sum(nums), Sum([]float64{1.5, 2.25}))
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("evens:", evens)
	labels := Map(evens, func(n int) string { return fmt.Sprintf("#%d", n) })
	fmt.Printf("%q\n", labels)

	p := Pair[string, int]{"answer", 42}
	fmt.Printf("%+v\n", p)
	fmt.Printf("%v\n", Pair[int, []string]{1, []string{"x"}})
}
