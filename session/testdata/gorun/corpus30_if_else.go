package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	}
	return "F"
}

func main() {
	num := 10
	if num%2 == 0 {
		fmt.Println("the number", num, "is even")
	} else {
		fmt.Println("the number", num, "is odd")
	}

	if n := 99; n <= 50 {
		fmt.Println(n, "is less than or equal to 50")
	} else if n >= 51 && n <= 100 {
		fmt.Println(n, "is between 51 and 100")
	} else {
		fmt.Println(n, "is greater than 100")
	}

	for _, s := range []int{95, 85, 72, 40} {
		fmt.Printf("score %d -> grade %s\n", s, grade(s))
	}

	// idiomatic early return style
	check := func(x int) {
		if x < 0 {
			fmt.Println("negative:", x)
			return
		}
		fmt.Println("non-negative:", x)
	}
	check(-3)
	check(7)
}
