package main

import (
	"fmt"
	"strconv"
	"strings"
)

func fizzBuzz(n int) string {
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

// fizzBuzzRules lets the caller pass arbitrary divisor/word pairs.
type rule struct {
	div  int
	word string
}

func fizzBuzzRules(n int, rules []rule) string {
	var sb strings.Builder
	for _, r := range rules {
		if n%r.div == 0 {
			sb.WriteString(r.word)
		}
	}
	if sb.Len() == 0 {
		return fmt.Sprint(n)
	}
	return sb.String()
}

func main() {
	for i := 1; i <= 15; i++ {
		fmt.Println(fizzBuzz(i))
	}
	fmt.Println("---")
	rules := []rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Bazz"}}
	out := make([]string, 0, 21)
	for i := range 21 {
		out = append(out, fizzBuzzRules(i+1, rules))
	}
	fmt.Println(strings.Join(out, ", "))

	counts := map[string]int{}
	for i := 1; i <= 100; i++ {
		s := fizzBuzz(i)
		if _, err := strconv.Atoi(s); err != nil {
			counts[s]++
		}
	}
	fmt.Printf("Fizz=%d Buzz=%d FizzBuzz=%d\n", counts["Fizz"], counts["Buzz"], counts["FizzBuzz"])
}
