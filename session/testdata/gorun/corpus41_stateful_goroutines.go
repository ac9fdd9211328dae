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
	finished := make(chan map[int]int)

	go func() {
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] += write.val
				write.resp <- true
			case <-quit:
				finished <- state
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				write := writeOp{key: k, val: w + 1, resp: make(chan bool)}
				writes <- write
				<-write.resp
			}
		}()
	}
	wg.Wait()

	read := readOp{key: 3, resp: make(chan int)}
	reads <- read
	fmt.Println("key 3:", <-read.resp)

	close(quit)
	state := <-finished
	for k := 0; k < 5; k++ {
		fmt.Println(k, state[k])
	}
}
