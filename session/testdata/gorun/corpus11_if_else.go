package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	}
	return "large"
}

func main() {
	if 7%2 == 0 {
		fmt.Println("7 is even")
	} else {
		fmt.Println("7 is odd")
	}
	if 8%4 == 0 {
		fmt.Println("8 is divisible by 4")
	}
	if 8%2 == 0 || 7%2 == 0 {
		fmt.Println("either 8 or 7 are even")
	}
	if num := 9; num < 0 {
		fmt.Println(num, "is negative")
	} else if num < 10 {
		fmt.Println(num, "has 1 digit")
	} else {
		fmt.Println(num, "has multiple digits")
	}
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Println(n, classify(n))
	}
	if v, err := strconv.Atoi("12x"); err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Println("value:", v)
	}
	if v, err := strconv.Atoi("123"); err == nil {
		fmt.Println("value:", v*2)
	}
}
