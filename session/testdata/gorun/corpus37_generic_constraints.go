package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64

type Stack[T any] struct{ items []T }

var ErrEmpty = errors.New("empty stack")

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(s.items[i]) {
				return
			}
		}
	}
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return best
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("#%03d", int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25))
	fmt.Printf("%.1f %T\n", Sum(Celsius(20), Celsius(1.5)), Sum[Celsius]())

	var s Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	for v := range s.All() {
		fmt.Print(v)
	}
	fmt.Println()
	for {
		v, err := s.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("done:", err)
			break
		}
		fmt.Print(v, " ")
	}

	words := []string{"go", "generics", "are", "neat"}
	fmt.Println(MaxBy(words, func(s string) int { return len(s) }))
	fmt.Println(MaxBy(words, func(s string) string { return s }))
	fmt.Println(JoinAll([]ID{7, 42, 100}, ", "))
}
