package main

import (
	"fmt"
	"sync"
)

func square(in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for n := range in {
		out <- n * n
	}
}

func main() {
	in := make(chan int)
	out := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go square(in, out, &wg)
	}
	for n := 1; n <= 5; n++ {
		in <- n
	}
	close(in)
	wg.Wait()
	close(out)
	sum := 0
	for sq := range out {
		sum += sq
	}
	fmt.Println("sum of squares", sum)
}
