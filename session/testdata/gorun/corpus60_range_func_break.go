package main

import "fmt"

func pairs(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func find(target int) (int, int, bool) {
	for a, b := range pairs(10) {
		if a+b == target && a*b > 10 {
			return a, b, true
		}
	}
	return 0, 0, false
}

func main() {
	count := 0
	for a, b := range pairs(4) {
		fmt.Printf("(%d,%d) ", a, b)
		count++
	}
	fmt.Println("=", count)

	a, b, ok := find(9)
	fmt.Println(a, b, ok)

outer:
	for i := range 3 {
		for a, b := range pairs(5) {
			if b == 3 {
				continue outer
			}
			if a == 1 {
				break outer
			}
			fmt.Println(i, a, b)
		}
	}

	func() {
		defer fmt.Println("deferred after loop")
		for x := range pairs(3) {
			defer fmt.Println("defer in range-func body", x)
		}
	}()
}
