package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

type IntOrString interface {
	~int | ~string
}

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Concat[T IntOrString](xs []T) T {
	var r T
	for _, x := range xs {
		r += x
	}
	return r
}

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

type Celsius float64

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[MyInt](4, 5))
	fmt.Println(Sum([]Celsius{10, 20.5}...))
	fmt.Println(Concat([]string{"a", "b", "c"}), Concat([]MyInt{1, 2}))
	type Names []string
	lens := Map(Names{"ab", "cde"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	fmt.Println(Map([]int{1, 2}, strconv.Itoa))
	p := Pair[string, int]{"x", 1}
	fmt.Println(p, []Pair[int, bool]{{1, true}})
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, len(s))
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
}
