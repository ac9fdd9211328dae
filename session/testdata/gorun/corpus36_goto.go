package main

import "fmt"

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto top
}

func find(xs []int, target int) (idx int) {
	for i, x := range xs {
		if x == target {
			idx = i
			goto found
		}
	}
	return -1
found:
	fmt.Println("found", target)
	return idx
}

func main() {
	i := 0
again:
	fmt.Print(i, " ")
	i++
	if i < 5 {
		goto again
	}
	fmt.Println()

	for _, n := range []int{1, 6, 7, 27} {
		fmt.Printf("collatz(%d) = %d\n", n, collatz(n))
	}
	fmt.Println(find([]int{4, 8, 15, 16}, 15))
	fmt.Println(find([]int{4, 8}, 3))

	x := 0
	goto skip
skip:
	x += 10
	if x < 30 {
		goto skip
	}
	fmt.Println("x =", x)
}
