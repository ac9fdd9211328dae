package main

import (
	"fmt"
	"time"
)

func main() {
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
outer:
	for i, row := range matrix {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
			fmt.Print(v, " ")
		}
		fmt.Println()
	}

	primes := []int{}
next:
	for n := 2; n < 30; n++ {
		for _, p := range primes {
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	results := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i * i
		}
		close(results)
	}()
	got := 0
	idle := false
	for {
		select {
		case v, ok := <-results:
			if !ok {
				fmt.Println("total", got)
				goto finished
			}
			got += v
		default:
			if !idle {
				idle = true
			}
			time.Sleep(time.Millisecond)
		}
	}
finished:
	fmt.Println("idle seen:", idle || !idle)

	count := 0
	for i := range 10 {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break
		default:
			count += i
		}
	}
	fmt.Println("count", count)
}
