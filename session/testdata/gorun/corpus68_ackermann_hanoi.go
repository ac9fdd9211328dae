package main

import "fmt"

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	default:
		return ackermann(m-1, ackermann(m, n-1))
	}
}

func hanoi(n int, from, to, via string, move func(int, string, string)) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, move)
	move(n, from, to)
	hanoi(n-1, via, to, from, move)
}

func main() {
	for m := 0; m <= 3; m++ {
		for n := 0; n <= 3; n++ {
			fmt.Printf("A(%d,%d)=%-4d", m, n, ackermann(m, n))
		}
		fmt.Println()
	}

	moves := 0
	hanoi(3, "A", "C", "B", func(disk int, from, to string) {
		moves++
		fmt.Printf("move disk %d from %s to %s\n", disk, from, to)
	})
	fmt.Println("moves:", moves)

	count := 0
	hanoi(10, "L", "R", "M", func(int, string, string) { count++ })
	fmt.Println("moves for 10 disks:", count)
}
