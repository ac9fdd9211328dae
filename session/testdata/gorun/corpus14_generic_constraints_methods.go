package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type Name string

func (n Name) String() string { return strings.ToUpper(string(n)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)      { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}

type Ordered interface {
	~int | ~string | ~float64
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

type Pair[A any, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

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

func main() {
	fmt.Println(JoinAll([]ID{1, 22, 333}, ","))
	fmt.Println(JoinAll([]Name{"ann", "bo"}, " & "))
	s := NewSet(1, 2, 3, 2)
	o := NewSet(3, 4)
	u := s.Union(o)
	fmt.Println(s.Len(), o.Len(), u.Len(), u.Has(4), u.Has(5))
	ws := NewSet[string]()
	ws.Add("x")
	fmt.Println(ws.Has("x"), ws.Len())
	fmt.Println(SortedKeys(map[string]bool{"b": true, "a": false, "c": true}))
	fmt.Println(SortedKeys(map[ID]string{3: "c", 1: "a"}))
	p := MakePair("age", 42)
	fmt.Printf("%v %+v %T\n", p, p, p)
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	total := Reduce(evens, 0.5, func(a float64, n int) float64 { return a + float64(n) })
	fmt.Println(total)
	csv := Reduce([]ID{7, 8}, "", func(a string, x ID) string { return a + x.String() + ";" })
	fmt.Println(csv)
	long := Filter([]Name{"a", "bbb", "cc"}, func(n Name) bool { return len(n) > 1 })
	fmt.Println(long, len(long))
}
