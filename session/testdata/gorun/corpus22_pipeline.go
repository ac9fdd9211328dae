package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	done := make(chan struct{})
	c := gen(done, 2, 3)
	out := sq(done, c)
	fmt.Println(<-out)
	fmt.Println(<-out)
	close(done)

	for n := range sq(nil, sq(nil, gen(nil, 1, 2, 3))) {
		fmt.Println(n)
	}

	done2 := make(chan struct{})
	in := gen(done2, 1, 2, 3, 4, 5, 6, 7, 8)
	c1 := sq(done2, in)
	c2 := sq(done2, in)
	c3 := sq(done2, in)
	var results []int
	for n := range merge(done2, c1, c2, c3) {
		results = append(results, n)
	}
	close(done2)
	sort.Ints(results)
	fmt.Println(results)

	done3 := make(chan struct{})
	m := merge(done3, sq(done3, gen(done3, 10, 20, 30, 40)))
	first := <-m
	close(done3)
	fmt.Println("took first only:", first)

	fib := func(done <-chan struct{}) <-chan int {
		ch := make(chan int)
		go func() {
			defer close(ch)
			a, b := 0, 1
			for {
				select {
				case ch <- a:
					a, b = b, a+b
				case <-done:
					return
				}
			}
		}()
		return ch
	}
	d4 := make(chan struct{})
	f := fib(d4)
	for range 10 {
		fmt.Print(<-f, " ")
	}
	close(d4)
	fmt.Println()
}
