package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

type City struct {
	Name string
	Pop  int
}

func main() {
	cities := []City{{"Lagos", 15}, {"Oslo", 1}, {"Lima", 11}, {"Bern", 0}, {"Pune", 7}}

	big := Filter(slices.Values(cities), func(c City) bool { return c.Pop >= 5 })
	names := Map(big, func(c City) string { return strings.ToUpper(c.Name) })
	fmt.Println(slices.Collect(names))
	fmt.Println(slices.Collect(Take(names, 2)))

	for i, n := range Enumerate(Take(Map(slices.Values(cities), func(c City) int { return c.Pop }), 3)) {
		fmt.Println(i, n)
	}

	byLetter := map[byte][]string{}
	for c := range slices.Values(cities) {
		byLetter[c.Name[0]] = append(byLetter[c.Name[0]], c.Name)
	}
	for _, k := range slices.Sorted(maps.Keys(byLetter)) {
		fmt.Printf("%c: %v\n", k, byLetter[k])
	}

	squares := Map(slices.Values([]int{1, 2, 3, 4}), func(n int) int { return n * n })
	total := 0
	for sq := range squares {
		total += sq
	}
	fmt.Println("sum of squares", total, len(slices.Collect(Take(squares, 0))))
}
