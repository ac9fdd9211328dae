package main

import (
	"errors"
	"fmt"
	"strconv"
)

func divide(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("cannot divide by zero")
	}
	return a / b, nil
}

func minMax(nums []int) (min int, max int) {
	min, max = nums[0], nums[0]
	for _, n := range nums[1:] {
		if n < min {
			min = n
		}
		if n > max {
			max = n
		}
	}
	return
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func swap(a, b string) (string, string) {
	return b, a
}

func parseAll(items []string) ([]int, []string) {
	var good []int
	var bad []string
	for _, s := range items {
		n, err := strconv.Atoi(s)
		if err != nil {
			bad = append(bad, s)
			continue
		}
		good = append(good, n)
	}
	return good, bad
}

func main() {
	if res, err := divide(10, 4); err == nil {
		fmt.Println("10 / 4 =", res)
	}
	_, err := divide(1, 0)
	if err != nil {
		fmt.Println("Error:", err)
	}

	lo, hi := minMax([]int{7, 2, 9, -3, 5})
	fmt.Println("min:", lo, "max:", hi)

	fmt.Println(split(17))
	a, b := swap("hello", "world")
	fmt.Println(a, b)

	good, bad := parseAll([]string{"1", "two", "3", "4x", "50"})
	fmt.Println("good:", good, "bad:", bad)

	q, r := 17/5, 17%5
	fmt.Printf("17 = 5*%d + %d\n", q, r)
	x, y := split(100)
	fmt.Println(x + y)
}
