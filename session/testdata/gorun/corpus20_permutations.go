package main

import (
	"fmt"
	"sort"
	"strings"
)

func permute(nums []int) [][]int {
	var res [][]int
	var bt func(start int)
	bt = func(start int) {
		if start == len(nums) {
			res = append(res, append([]int(nil), nums...))
			return
		}
		for i := start; i < len(nums); i++ {
			nums[start], nums[i] = nums[i], nums[start]
			bt(start + 1)
			nums[start], nums[i] = nums[i], nums[start]
		}
	}
	bt(0)
	return res
}

func uniquePerms(s string) []string {
	rs := []rune(s)
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	used := make([]bool, len(rs))
	var cur []rune
	var out []string
	var dfs func()
	dfs = func() {
		if len(cur) == len(rs) {
			out = append(out, string(cur))
			return
		}
		for i := range rs {
			if used[i] || (i > 0 && rs[i] == rs[i-1] && !used[i-1]) {
				continue
			}
			used[i] = true
			cur = append(cur, rs[i])
			dfs()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	dfs()
	return out
}

func combinationSum(cands []int, target int) [][]int {
	var res [][]int
	var path []int
	var rec func(start, remain int)
	rec = func(start, remain int) {
		if remain == 0 {
			res = append(res, append([]int{}, path...))
			return
		}
		for i := start; i < len(cands) && cands[i] <= remain; i++ {
			path = append(path, cands[i])
			rec(i, remain-cands[i])
			path = path[:len(path)-1]
		}
	}
	sort.Ints(cands)
	rec(0, target)
	return res
}

func parens(n int) []string {
	var out []string
	var gen func(s string, open, close int)
	gen = func(s string, open, close int) {
		if len(s) == 2*n {
			out = append(out, s)
			return
		}
		if open < n {
			gen(s+"(", open+1, close)
		}
		if close < open {
			gen(s+")", open, close+1)
		}
	}
	gen("", 0, 0)
	return out
}

func main() {
	fmt.Println(permute([]int{1, 2, 3}))
	fmt.Println(uniquePerms("aab"))
	fmt.Println(len(uniquePerms("ñaña")), strings.Join(uniquePerms("ñaña")[:3], ","))
	fmt.Println(combinationSum([]int{7, 3, 2, 6}, 7))
	fmt.Println(parens(3))
}
