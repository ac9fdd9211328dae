package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
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

func Sum[T Number](s []T) T {
	return Reduce(s, T(0), func(a, b T) T { return a + b })
}

func GroupBy[T any, K comparable](s []T, key func(T) K) map[K][]T {
	groups := make(map[K][]T)
	for _, v := range s {
		k := key(v)
		groups[k] = append(groups[k], v)
	}
	return groups
}

type Cents int64

type Product struct {
	Name  string
	Price Cents
	Tags  []string
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println(evens, squares, Sum(squares))

	strs := Map(nums[:4], strconv.Itoa)
	fmt.Printf("%q\n", strs)
	joined := Reduce(strs, "", func(acc string, s string) string {
		if acc == "" {
			return s
		}
		return acc + "-" + s
	})
	fmt.Println(joined)

	fmt.Println(Sum([]float64{1.5, 2.25, 3}))

	products := []Product{
		{"pen", 150, []string{"office"}},
		{"notebook", 399, []string{"office", "paper"}},
		{"mug", 899, []string{"kitchen"}},
		{"stapler", 1250, []string{"office"}},
	}
	prices := Map(products, func(p Product) Cents { return p.Price })
	fmt.Println("total:", Sum(prices))
	byTag := GroupBy(products, func(p Product) string { return p.Tags[0] })
	for _, tag := range []string{"kitchen", "office"} {
		names := Map(byTag[tag], func(p Product) string { return p.Name })
		fmt.Printf("%s: %s\n", tag, strings.Join(names, ", "))
	}
	cheap := Filter(products, func(p Product) bool { return p.Price < 500 })
	fmt.Println(len(cheap), cheap[len(cheap)-1].Name)
	longest := Reduce(products, "", func(best string, p Product) string {
		if len(p.Name) > len(best) {
			return p.Name
		}
		return best
	})
	fmt.Println("longest name:", longest)
}
