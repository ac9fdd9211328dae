package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := range 100 {
		a <- i
		b <- i
	}

	// When both cases are ready, select picks one at random;
	// only the total is deterministic.
	fromA, fromB := 0, 0
	for range 100 {
		select {
		case <-a:
			fromA++
		case <-b:
			fromB++
		}
	}
	fmt.Println("total received:", fromA+fromB)
	fmt.Println("remaining:", len(a)+len(b))

	// Drain the rest.
	for len(a) > 0 || len(b) > 0 {
		select {
		case <-a:
		case <-b:
		}
	}
	fmt.Println("drained:", len(a), len(b))

	// Priority select: check the urgent channel first.
	urgent := make(chan string, 3)
	normal := make(chan string, 3)
	urgent <- "u1"
	normal <- "n1"
	urgent <- "u2"
	normal <- "n2"
	var order []string
	for len(urgent)+len(normal) > 0 {
		select {
		case m := <-urgent:
			order = append(order, m)
			continue
		default:
		}
		select {
		case m := <-urgent:
			order = append(order, m)
		case m := <-normal:
			order = append(order, m)
		}
	}
	fmt.Println(order)

	// Fan in with a WaitGroup: the sum is deterministic, the order is not.
	out := make(chan int)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 10 {
				out <- w * j
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	sum, count := 0, 0
	for v := range out {
		sum += v
		count++
	}
	fmt.Println("fan-in:", count, sum)
}
