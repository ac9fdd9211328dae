package main

import (
	"fmt"
	"sort"
	"strings"
)

func twoSum(nums []int, target int) []int {
	seen := make(map[int]int)
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return []int{j, i}
		}
		seen[n] = i
	}
	return nil
}

func sortString(s string) string {
	r := []rune(s)
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func groupAnagrams(words []string) [][]string {
	groups := map[string][]string{}
	var order []string
	for _, w := range words {
		k := sortString(strings.ToLower(w))
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], w)
	}
	out := make([][]string, 0, len(order))
	for _, k := range order {
		out = append(out, groups[k])
	}
	return out
}

func isAnagram(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var counts [26]int
	for i := 0; i < len(a); i++ {
		counts[a[i]-'a']++
		counts[b[i]-'a']--
	}
	return counts == [26]int{}
}

func threeSum(nums []int) [][3]int {
	sort.Ints(nums)
	var res [][3]int
	for i := 0; i < len(nums)-2; i++ {
		if i > 0 && nums[i] == nums[i-1] {
			continue
		}
		l, r := i+1, len(nums)-1
		for l < r {
			switch s := nums[i] + nums[l] + nums[r]; {
			case s < 0:
				l++
			case s > 0:
				r--
			default:
				res = append(res, [3]int{nums[i], nums[l], nums[r]})
				for l < r && nums[l] == nums[l+1] {
					l++
				}
				l++
				r--
			}
		}
	}
	return res
}

func main() {
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9))
	fmt.Println(twoSum([]int{3, 2, 4}, 6))
	fmt.Println(twoSum([]int{1, 2}, 7), twoSum(nil, 0) == nil)
	for _, g := range groupAnagrams([]string{"eat", "tea", "tan", "ate", "nat", "bat", "Tab"}) {
		fmt.Println(len(g), g)
	}
	fmt.Println(isAnagram("listen", "silent"), isAnagram("rat", "car"))
	fmt.Println(threeSum([]int{-1, 0, 1, 2, -1, -4}))
	fmt.Printf("%v\n", threeSum([]int{0, 0, 0, 0}))
}
