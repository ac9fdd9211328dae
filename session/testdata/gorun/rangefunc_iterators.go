package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// countdown is an iterator of the form tutorials write.
func countdown(from int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := from; i > 0; i-- {
			if !yield(i) {
				fmt.Println("countdown told to stop at", i)
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	for i, s := range []string{"one", "two", "three"} {
		if !yield(s, i+1) {
			return
		}
	}
}

// firstOver returns from inside a range over a function.
func firstOver(limit int) (int, bool) {
	for v := range countdown(10) {
		if v*v < limit {
			return v, true
		}
	}
	return 0, false
}

func main() {
	for v := range countdown(3) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range countdown(5) {
		if v == 4 {
			continue
		}
		if v == 2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for name, n := range pairs {
		fmt.Println(name, n)
	}
	fmt.Println(firstOver(30))
	fmt.Println(firstOver(0))

	found := 0
outer:
	for _, row := range [][]int{{1, 4}, {2, 4}, {5, 6}} {
		for v := range slices.Values(row) {
			if v == 4 {
				found = v
				break outer
			}
			if v%2 == 1 {
				continue outer
			}
		}
	}
	fmt.Println("found", found)

	var funcs []func() int
	for v := range countdown(3) {
		funcs = append(funcs, func() int { return v })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	ages := map[string]int{"ann": 31, "bob": 27, "cy": 45}
	for _, name := range slices.Sorted(maps.Keys(ages)) {
		fmt.Println(name, ages[name])
	}
	total := 0
	for _, age := range maps.All(ages) {
		total += age
	}
	fmt.Println("total", total)
	for i, s := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	for line := range strings.Lines("first\nsecond\n") {
		fmt.Printf("%q\n", line)
	}
	for field := range strings.SplitSeq("x,y,z", ",") {
		fmt.Print(field, ";")
	}
	fmt.Println()
	fmt.Println(slices.Collect(countdown(4)))
}
