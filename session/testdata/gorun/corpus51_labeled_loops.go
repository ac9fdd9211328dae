package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}

Outer:
	for i, row := range grid {
		for j, v := range row {
			if v%2 == 0 {
				continue Outer
			}
			if v > 6 {
				break Outer
			}
			fmt.Printf("(%d,%d)=%d ", i, j, v)
		}
	}
	fmt.Println()

	fmt.Println(findPair(grid, 8))

	// A labeled break out of a select inside a for.
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i * i
	}
	close(ch)
	sum := 0
Loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break Loop
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	// A labeled break out of a switch inside a for.
	words := []string{"alpha", "beta", "stop", "gamma"}
Scan:
	for _, w := range words {
		switch w {
		case "stop":
			break Scan
		default:
			fmt.Print(w, " ")
		}
	}
	fmt.Println()

	// goto as a loop.
	n := 0
again:
	if n < 3 {
		fmt.Print("n=", n, " ")
		n++
		goto again
	}
	fmt.Println()

	// Primes with a labeled continue.
	var primes []int
next:
	for c := 2; len(primes) < 10; c++ {
		for _, p := range primes {
			if c%p == 0 {
				continue next
			}
		}
		primes = append(primes, c)
	}
	fmt.Println(primes)
}
