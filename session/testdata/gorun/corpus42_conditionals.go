package main

import "fmt"

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

func balanceMessage(balance int) string {
	if balance < 0 {
		return fmt.Sprintf("Balance is below 0, add funds now or you will be charged a penalty (%d).", balance)
	} else if balance == 0 {
		return "Balance is equal to 0, add funds soon."
	} else {
		return "Your balance is 0 or above."
	}
}

func main() {
	for _, s := range []int{95, 85, 72, 66, 40} {
		fmt.Println(s, grade(s))
	}

	for _, b := range []int{-5, 0, 522} {
		fmt.Println(balanceMessage(b))
	}

	// If with a short statement.
	m := map[string]int{"apples": 3}
	if n, ok := m["apples"]; ok && n > 2 {
		fmt.Println("plenty of apples:", n)
	} else if ok {
		fmt.Println("a few apples")
	} else {
		fmt.Println("no apples", n)
	}

	// Nested conditionals.
	age, member := 20, true
	if age >= 18 {
		if member {
			fmt.Println("adult member")
		} else {
			fmt.Println("adult guest")
		}
	}

	// Logical operators short-circuit.
	var p *struct{ v int }
	if p != nil && p.v > 0 {
		fmt.Println("never")
	} else {
		fmt.Println("p is nil, no panic")
	}

	calls := 0
	check := func(r bool) bool {
		calls++
		return r
	}
	if check(true) || check(false) {
		fmt.Println("calls after ||:", calls)
	}
	calls = 0
	if check(false) && check(true) {
		fmt.Println("never")
	}
	fmt.Println("calls after &&:", calls)

	// Variables declared in the if are scoped to all branches.
	if x := 10; x > 20 {
		fmt.Println("big", x)
	} else if y := x * 3; y > 20 {
		fmt.Println("scaled", x, y)
	}

	even := func(n int) bool { return n%2 == 0 }
	for i := 1; i <= 4; i++ {
		if even(i) {
			fmt.Println(i, "is even")
		} else {
			fmt.Println(i, "is odd")
		}
	}
}
