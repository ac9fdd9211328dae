package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func BinarySearch[T cmp.Ordered](xs []T, target T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && xs[lo] == target
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Key < ps[j].Key })
	return ps
}

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(*s) == 0 {
		return zero, errors.New("empty stack")
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

type Person struct {
	Name string
	Age  int
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]Celsius{20.5, 1.5}))
	lens := MapSlice([]string{"go", "rust", "c"}, func(s string) int { return len(s) })
	fmt.Println(lens, MapSlice(lens, func(n int) string { return strings.Repeat("#", n) }))
	people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}, {"Ed", 40}}
	byAge := GroupBy(people, func(p Person) int { return p.Age })
	for _, p := range SortedPairs(byAge) {
		fmt.Println(p.Key, p.Val)
	}
	fmt.Println(SortedPairs(map[string]int{"b": 2, "a": 1}))
	xs := []int{1, 3, 5, 7, 9}
	fmt.Println(BinarySearch(xs, 7))
	fmt.Println(BinarySearch(xs, 4))
	fmt.Println(BinarySearch([]string{"a", "c"}, "d"))
	i, found := slices.BinarySearch(xs, 9)
	fmt.Println(i, found)
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	var st Stack[Person]
	st.Push(Person{"X", 1})
	st.Push(Person{"Y", 2})
	top, err := st.Pop()
	fmt.Println(top, err, len(st))
	st.Pop()
	_, err = st.Pop()
	fmt.Println(err)
	idx := slices.IndexFunc(people, func(p Person) bool { return p.Name == "Cy" })
	fmt.Println(idx, slices.ContainsFunc(people, func(p Person) bool { return p.Age > 35 }))
	ages := MapSlice(people, func(p Person) int { return p.Age })
	slices.Sort(ages)
	fmt.Println(slices.Compact(ages), slices.Max(ages), slices.Min(ages))
	ins := slices.Insert([]int{1, 4}, 1, 2, 3)
	fmt.Println(ins, slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, []int{2, 3}))
}
