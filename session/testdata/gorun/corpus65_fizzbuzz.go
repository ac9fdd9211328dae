package main

import (
	"fmt"
	"strconv"
	"strings"
)

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	default:
		return strconv.Itoa(n)
	}
}

func main() {
	for i := 1; i <= 20; i++ {
		fmt.Println(fizzbuzz(i))
	}

	var sb strings.Builder
	for i := 1; i <= 15; i++ {
		out := ""
		if i%3 == 0 {
			out += "Fizz"
		}
		if i%5 == 0 {
			out += "Buzz"
		}
		if out == "" {
			out = fmt.Sprint(i)
		}
		sb.WriteString(out)
		if i < 15 {
			sb.WriteString(", ")
		}
	}
	fmt.Println(sb.String())

	counts := map[string]int{}
	for i := 1; i <= 100; i++ {
		switch s := fizzbuzz(i); s {
		case "Fizz", "Buzz", "FizzBuzz":
			counts[s]++
		default:
			counts["number"]++
		}
	}
	fmt.Println(counts)
}
