package main

import (
	"fmt"
	"sort"
)

type item struct{ name string }

func (it *item) label() *string { return &it.name }

func main() {
	words := []string{"alpha", "beta", "gamma"}
	var prints []func()
	for i, w := range words {
		prints = append(prints, func() { fmt.Println(i, w) })
	}
	for _, p := range prints {
		p()
	}

	var ptrs []*string
	for _, w := range words {
		ptrs = append(ptrs, &w)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	ages := map[string]int{"ann": 31, "bob": 42}
	var keys []func() string
	for k, v := range ages {
		keys = append(keys, func() string { return fmt.Sprint(k, "=", v) })
	}
	var got []string
	for _, f := range keys {
		got = append(got, f())
	}
	sort.Strings(got)
	fmt.Println(got)

	var labels []*string
	for _, it := range []item{{"x"}, {"y"}} {
		labels = append(labels, it.label())
	}
	fmt.Println(*labels[0], *labels[1])

	arrays := [][2]int{{1, 2}, {3, 4}}
	var slices [][]int
	for _, a := range arrays {
		slices = append(slices, a[:])
	}
	fmt.Println(slices)
}
