package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}

outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("found negative at", i, j)
				break outer
			}
		}
	}

rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue rows
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		default:
			n++
		}
	}
	fmt.Println("n =", n)

	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v == 1 {
				continue recv
			}
			fmt.Print("got ", v, "; ")
		}
	}
	fmt.Println()

	count := 0
	for a := 0; a < 4; a++ {
	inner:
		for b := 0; b < 4; b++ {
			for c := 0; c < 4; c++ {
				if c == b {
					continue inner
				}
				count++
			}
		}
	}
	fmt.Println("count =", count)

	primes := []int{}
next:
	for p := 2; len(primes) < 10; p++ {
		for _, q := range primes {
			if p%q == 0 {
				continue next
			}
		}
		primes = append(primes, p)
	}
	fmt.Println(primes)
}
