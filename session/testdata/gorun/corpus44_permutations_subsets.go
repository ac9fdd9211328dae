package main

import (
	"fmt"
	"sort"
)

func permutations(nums []int) [][]int {
	var res [][]int
	used := make([]bool, len(nums))
	var cur []int
	var bt func()
	bt = func() {
		if len(cur) == len(nums) {
			res = append(res, append([]int{}, cur...))
			return
		}
		for i, v := range nums {
			if used[i] {
				continue
			}
			used[i] = true
			cur = append(cur, v)
			bt()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	bt()
	return res
}

func subsets(nums []int) [][]int {
	res := [][]int{{}}
	for _, n := range nums {
		size := len(res)
		for i := 0; i < size; i++ {
			s := append(append([]int{}, res[i]...), n)
			res = append(res, s)
		}
	}
	return res
}

func combinationSum(cands []int, target int) [][]int {
	sort.Ints(cands)
	var res [][]int
	var path []int
	var dfs func(start, remain int)
	dfs = func(start, remain int) {
		if remain == 0 {
			res = append(res, append([]int(nil), path...))
			return
		}
		for i := start; i < len(cands) && cands[i] <= remain; i++ {
			path = append(path, cands[i])
			dfs(i, remain-cands[i])
			path = path[:len(path)-1]
		}
	}
	dfs(0, target)
	return res
}

func permuteString(s string) []string {
	if len(s) <= 1 {
		return []string{s}
	}
	var out []string
	for i, r := range s {
		for _, rest := range permuteString(s[:i] + s[i+1:]) {
			out = append(out, string(r)+rest)
		}
	}
	return out
}

func main() {
	p := permutations([]int{1, 2, 3})
	fmt.Println(len(p), p)
	fmt.Println(subsets([]int{1, 2, 3}))
	fmt.Println(combinationSum([]int{7, 3, 2, 6}, 7))
	fmt.Println(permuteString("abc"))
}
