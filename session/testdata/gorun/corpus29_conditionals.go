package main

import (
	"errors"
	"fmt"
	"strconv"
)

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	} else if score >= 65 {
		return "D"
	}
	return "F"
}

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func main() {
	for _, s := range []int{95, 85, 72, 66, 40} {
		fmt.Println(s, grade(s))
	}

	balance := -5
	if balance < 0 {
		fmt.Println("Balance is below 0, add funds now or you will be charged a penalty.")
	} else if balance == 0 {
		fmt.Println("Balance is equal to 0, add funds soon.")
	} else {
		fmt.Println("Your balance is 0 or above.")
	}

	if n, err := strconv.Atoi("42"); err == nil {
		fmt.Println("parsed", n)
	} else {
		fmt.Println("error", err)
	}

	if q, err := divide(10, 0); err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Println(q)
	}

	x := 7
	if x > 5 {
		if x%2 == 0 {
			fmt.Println("big even")
		} else {
			fmt.Println("big odd")
		}
	}

	if v := x * 2; v > 10 {
		fmt.Println("v is", v)
	}
	var p *int
	if p == nil {
		fmt.Println("nil pointer")
	}
}
