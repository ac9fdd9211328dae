package main

import (
	"fmt"
	"slices"
	"strings"
)

func permutations(xs []int) [][]int {
	var res [][]int
	var rec func(k int)
	rec = func(k int) {
		if k == len(xs) {
			res = append(res, slices.Clone(xs))
			return
		}
		for i := k; i < len(xs); i++ {
			xs[k], xs[i] = xs[i], xs[k]
			rec(k + 1)
			xs[k], xs[i] = xs[i], xs[k]
		}
	}
	rec(0)
	return res
}

func permsBuggyAlias(xs []int) [][]int {
	var res [][]int
	var rec func(cur []int, used []bool)
	rec = func(cur []int, used []bool) {
		if len(cur) == len(xs) {
			res = append(res, cur)
			return
		}
		for i, x := range xs {
			if used[i] {
				continue
			}
			used[i] = true
			rec(append(cur, x), used)
			used[i] = false
		}
	}
	rec(make([]int, 0, len(xs)), make([]bool, len(xs)))
	return res
}

func subsets(s string) []string {
	out := []string{}
	n := len(s)
	for mask := 0; mask < 1<<n; mask++ {
		var b strings.Builder
		for i := range n {
			if mask&(1<<i) != 0 {
				b.WriteByte(s[i])
			}
		}
		out = append(out, "{"+b.String()+"}")
	}
	return out
}

func combinations(n, k int) [][]int {
	var out [][]int
	cur := []int{}
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i := start; i <= n; i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(1)
	return out
}

func nextPerm(p []int) bool {
	i := len(p) - 2
	for i >= 0 && p[i] >= p[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(p) - 1
	for p[j] <= p[i] {
		j--
	}
	p[i], p[j] = p[j], p[i]
	slices.Reverse(p[i+1:])
	return true
}

func main() {
	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	fmt.Println(permsBuggyAlias([]int{1, 2, 3}))
	fmt.Println(subsets("abc"))
	fmt.Println(combinations(4, 2))
	p := []int{1, 1, 2}
	for ok := true; ok; ok = nextPerm(p) {
		fmt.Print(p, " ")
	}
	fmt.Println()
	words := []string{"b", "a", "c"}
	slices.Sort(words)
	fmt.Println(words, slices.IsSorted(words))
}
