package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](nums []N) N {
	return Reduce(nums, N(0), func(a, b N) N { return a + b })
}

func GroupBy[T any, K comparable](s []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, v := range s {
		k := key(v)
		m[k] = append(m[k], v)
	}
	return m
}

type Celsius float64

type Person struct {
	Name string
	Age  int
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println(evens, squares, Sum(squares))

	strs := Map(nums[:4], strconv.Itoa)
	fmt.Printf("%q\n", strs)
	joined := Reduce(strs, "", func(acc, s string) string {
		if acc == "" {
			return s
		}
		return acc + "-" + s
	})
	fmt.Println(joined)

	temps := []Celsius{20.5, 22, 19.25}
	fmt.Printf("total %.2f (%T)\n", Sum(temps), Sum(temps))

	people := []Person{{"Ann", 31}, {"Bob", 25}, {"Cid", 35}, {"Dee", 28}}
	names := Map(Filter(people, func(p Person) bool { return p.Age >= 30 }), func(p Person) string {
		return strings.ToUpper(p.Name)
	})
	fmt.Println(names)
	byDecade := GroupBy(people, func(p Person) int { return p.Age / 10 * 10 })
	for _, d := range []int{20, 30, 40} {
		fmt.Printf("%ds: %v\n", d, byDecade[d])
	}
	avg := float64(Reduce(people, 0, func(a int, p Person) int { return a + p.Age })) / float64(len(people))
	fmt.Printf("average age %.2f\n", avg)
}
