package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key  int
	val  int
	resp chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	quit := make(chan struct{})
	var served sync.WaitGroup
	served.Add(1)
	go func() {
		defer served.Done()
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] += write.val
				write.resp <- true
			case <-quit:
				fmt.Println("final state size", len(state))
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				write := writeOp{key: i % 5, val: w + 1, resp: make(chan bool)}
				writes <- write
				<-write.resp
			}
		}()
	}
	wg.Wait()
	for k := 0; k < 6; k++ {
		read := readOp{key: k, resp: make(chan int)}
		reads <- read
		fmt.Println("key", k, "=", <-read.resp)
	}
	close(quit)
	served.Wait()

	// pipeline
	gen := func(nums ...int) <-chan int {
		out := make(chan int)
		go func() {
			for _, n := range nums {
				out <- n
			}
			close(out)
		}()
		return out
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			for n := range in {
				out <- n * n
			}
			close(out)
		}()
		return out
	}
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Println(v)
	}
	results := make([]int, 5)
	var wg2 sync.WaitGroup
	for i, v := range []int{5, 4, 3, 2, 1} {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			results[i] = v * i
		}()
	}
	wg2.Wait()
	fmt.Println(results)
}
