package main

import (
	"fmt"
	"strings"
)

func permutations(xs []int) [][]int {
	var out [][]int
	var rec func(k int)
	rec = func(k int) {
		if k == len(xs) {
			out = append(out, append([]int(nil), xs...))
			return
		}
		for i := k; i < len(xs); i++ {
			xs[k], xs[i] = xs[i], xs[k]
			rec(k + 1)
			xs[k], xs[i] = xs[i], xs[k]
		}
	}
	rec(0)
	return out
}

func permString(s string) []string {
	if len(s) <= 1 {
		return []string{s}
	}
	var res []string
	for i, r := range s {
		rest := s[:i] + s[i+len(string(r)):]
		for _, p := range permString(rest) {
			res = append(res, string(r)+p)
		}
	}
	return res
}

func subsets(items []string) [][]string {
	if len(items) == 0 {
		return [][]string{{}}
	}
	without := subsets(items[1:])
	var all [][]string
	for _, s := range without {
		all = append(all, s)
		with := append([]string{items[0]}, s...)
		all = append(all, with)
	}
	return all
}

func main() {
	ps := permutations([]int{1, 2, 3})
	for _, p := range ps {
		fmt.Println(p)
	}
	fmt.Println("4! =", len(permutations([]int{1, 2, 3, 4})))
	fmt.Println(strings.Join(permString("abc"), " "))
	for _, s := range subsets([]string{"x", "y", "z"}) {
		fmt.Printf("%q ", s)
	}
	fmt.Println()
}
