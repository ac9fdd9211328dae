package main

import "fmt"

var (
	packageName = "main"
	version     = 3
)

var globalCounter int

func increment() {
	globalCounter++
}

func main() {
	var i int = 1
	var j = 2
	k := 3
	fmt.Println(i, j, k)

	var (
		name   string = "Sammy"
		age    int    = 32
		height float64
	)
	fmt.Println(name, age, height)

	a, b, c := "shark", 2.05, 15
	fmt.Println(a, b, c)

	// Swap with parallel assignment.
	x, y := 10, 20
	x, y = y, x
	fmt.Println("swapped:", x, y)

	// Shadowing in an inner scope.
	num := 1
	if true {
		num := 2
		num++
		fmt.Println("inner num:", num)
	}
	fmt.Println("outer num:", num)

	// Reassignment changes the value but not the type.
	count := 5
	count = count * 2
	fmt.Printf("count=%d type=%T\n", count, count)

	// Package-level variables.
	increment()
	increment()
	fmt.Println(packageName, version, globalCounter)

	// The blank identifier discards values.
	_, second := pair()
	fmt.Println("second:", second)

	// Multiple assignment with a function call.
	q, r := divmod(17, 5)
	fmt.Println(q, r)

	// Compound assignment operators.
	w := 10
	w += 5
	w -= 3
	w *= 2
	w /= 4
	w %= 4
	fmt.Println("w:", w)
	s := "Hello"
	s += ", World"
	fmt.Println(s)
}

func pair() (int, string) {
	return 1, "two"
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}
