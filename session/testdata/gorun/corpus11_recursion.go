package main

import "fmt"

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Println("move disk 3 from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(fact(7))
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(7))
	fmt.Println(isEven(10), isOdd(7), isEven(3))
	moves := 0
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
	var perms func([]int, int) [][]int
	perms = func(a []int, k int) [][]int {
		if k == len(a) {
			return [][]int{append([]int(nil), a...)}
		}
		var out [][]int
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			out = append(out, perms(a, k+1)...)
			a[k], a[i] = a[i], a[k]
		}
		return out
	}
	fmt.Println(perms([]int{1, 2, 3}, 0))
}
