package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Ordered interface {
	Number | ~string
}

func Max[T Ordered](vals ...T) T {
	m := vals[0]
	for _, v := range vals[1:] {
		if v > m {
			m = v
		}
	}
	return m
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
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

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Stack[T any] struct{ items []T }

var ErrEmpty = errors.New("stack is empty")

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

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

type Celsius float64

func main() {
	fmt.Println(Max(3, 9, 2), Max("pear", "apple", "zoo"), Max(2.5, -1.0))
	fmt.Println(Max[Celsius](21.5, 30, 18))
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	temps := []Celsius{10, 20.5}
	fmt.Printf("%.2f %T\n", Sum(temps), Sum(temps))
	words := Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("go", i) })
	fmt.Println(words, len(words))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	joined := Reduce(words, "", func(acc string, w string) string { return acc + "/" + w })
	fmt.Println(joined)
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	fmt.Println(st.Len())
	for {
		v, err := st.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("done:", err)
			break
		}
		fmt.Println("pop", v)
	}
	p := Pair[string, int]{"answer", 42}
	fmt.Println(p)
	ps := []Pair[int, bool]{{1, true}, {2, false}}
	fmt.Println(ps, fmt.Sprint(ps[1]))
}
