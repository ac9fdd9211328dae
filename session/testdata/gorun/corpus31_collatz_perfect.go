// Collatz sequence, perfect numbers and leap years (Go 1.22 style loops)
package main

import "fmt"

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func isPerfect(n int) bool {
	sum := 1
	for i := 2; i*i <= n; i++ {
		if n%i == 0 {
			sum += i
			if i != n/i {
				sum += n / i
			}
		}
	}
	return n > 1 && sum == n
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func main() {
	for i := range 10 {
		n := i + 1
		fmt.Printf("collatz(%d) = %d steps\n", n, collatzSteps(n))
	}

	best, bestN := 0, 0
	for n := range 10000 {
		if n == 0 {
			continue
		}
		if s := collatzSteps(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println("longest below 10000:", bestN, "with", best, "steps")

	var perfect []int
	for n := range 10000 {
		if isPerfect(n) {
			perfect = append(perfect, n)
		}
	}
	fmt.Println("perfect numbers:", perfect)

	years := []int{1900, 2000, 2023, 2024, 2100}
	for _, y := range years {
		fmt.Printf("%d leap=%t\n", y, isLeap(y))
	}

	var printers []func()
	for i := range 3 {
		printers = append(printers, func() { fmt.Print(i, " ") })
	}
	for _, p := range printers {
		p()
	}
	fmt.Println()
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
}
