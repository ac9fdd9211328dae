package main

import (
	"fmt"
	"strconv"
	"strings"
)

func classic(n int) string {
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

type rule struct {
	div  int
	word string
}

func generic(n int, rules []rule) string {
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
		fmt.Print(classic(i))
		if i < 15 {
			fmt.Print(", ")
		}
	}
	fmt.Println()

	for i := 1; i <= 20; i++ {
		if i%3 == 0 && i%5 == 0 {
			fmt.Println("FizzBuzz")
		} else if i%3 == 0 {
			fmt.Println("Fizz")
		} else if i%5 == 0 {
			fmt.Println("Buzz")
		} else {
			fmt.Println(i)
		}
	}

	rules := []rule{{3, "Fizz"}, {5, "Buzz"}, {7, "Bazz"}}
	var out []string
	for i := 100; i <= 106; i++ {
		out = append(out, generic(i, rules))
	}
	fmt.Println(strings.Join(out, " "))
	fmt.Println(generic(105, rules))

	counts := map[string]int{}
	for i := 1; i <= 100; i++ {
		s := classic(i)
		if _, err := strconv.Atoi(s); err == nil {
			s = "number"
		}
		counts[s]++
	}
	fmt.Println(counts)

	i := 0
	for {
		i++
		if i > 30 {
			break
		}
		if i%3 != 0 {
			continue
		}
		fmt.Print(i, ":", classic(i), " ")
	}
	fmt.Println()

	fb := func(yield func(int, string) bool) {
		for n := 1; ; n++ {
			if !yield(n, classic(n)) {
				return
			}
		}
	}
	for n, s := range fb {
		if n > 5 {
			break
		}
		fmt.Printf("[%d %s]", n, s)
	}
	fmt.Println()
	for n := range 5 {
		fmt.Print(classic(n*5+5), " ")
	}
	fmt.Println()
}
