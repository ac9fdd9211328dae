package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func CountBy[T any, K comparable](xs []T, key func(T) K) map[K]int {
	out := map[K]int{}
	for _, x := range xs {
		out[key(x)]++
	}
	return out
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

type Employee struct {
	Name string
	Dept string
	Pay  int
}

func main() {
	staff := []Employee{
		{"Ann", "eng", 120},
		{"Ben", "ops", 90},
		{"Cid", "eng", 110},
		{"Dee", "sales", 80},
		{"Eve", "ops", 95},
	}
	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, d := range slices.Sorted(maps.Keys(byDept)) {
		names := []string{}
		for _, e := range byDept[d] {
			names = append(names, e.Name)
		}
		fmt.Printf("%s: %s\n", d, strings.Join(names, ","))
	}
	words := strings.Fields("go is fun and go is fast")
	counts := CountBy(words, func(s string) string { return s })
	for _, w := range slices.Sorted(maps.Keys(counts)) {
		fmt.Print(w, "=", counts[w], " ")
	}
	fmt.Println()
	rich, rest := Partition(staff, func(e Employee) bool { return e.Pay >= 100 })
	fmt.Println(len(rich), len(rest), rich[0].Name)
	byLen := GroupBy(words, func(s string) int { return len(s) })
	fmt.Println(byLen[2], byLen[3], byLen[4])
}
