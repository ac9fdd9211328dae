package main

import (
	"errors"
	"fmt"
)

var ErrNoSolution = errors.New("no two numbers add up to the target")

func twoSum(nums []int, target int) (int, int, error) {
	seen := map[int]int{}
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return j, i, nil
		}
		seen[n] = i
	}
	return -1, -1, ErrNoSolution
}

func main() {
	cases := []struct {
		nums   []int
		target int
	}{
		{[]int{2, 7, 11, 15}, 9},
		{[]int{3, 2, 4}, 6},
		{[]int{3, 3}, 6},
		{[]int{1, 2, 3}, 100},
	}
	for _, c := range cases {
		i, j, err := twoSum(c.nums, c.target)
		if err != nil {
			fmt.Printf("%v target=%d: error: %v (is ErrNoSolution: %t)\n", c.nums, c.target, err, errors.Is(err, ErrNoSolution))
			continue
		}
		fmt.Printf("%v target=%d: [%d %d] -> %d+%d\n", c.nums, c.target, i, j, c.nums[i], c.nums[j])
	}
}
