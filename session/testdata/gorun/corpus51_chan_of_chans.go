package main

import (
	"fmt"
	"sync"
)

type Request struct {
	args       []int
	f          func([]int) int
	resultChan chan int
}

func sum(a []int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func product(a []int) int {
	p := 1
	for _, v := range a {
		p *= v
	}
	return p
}

func handle(queue chan *Request) {
	for req := range queue {
		req.resultChan <- req.f(req.args)
	}
}

func serve(clientRequests chan *Request, quit chan bool, workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			handle(clientRequests)
		}()
	}
	<-quit
	close(clientRequests)
	wg.Wait()
	quit <- true
}

func main() {
	clientRequests := make(chan *Request)
	quit := make(chan bool)
	go serve(clientRequests, quit, 3)

	reqs := []*Request{
		{[]int{3, 4, 5}, sum, make(chan int)},
		{[]int{3, 4, 5}, product, make(chan int)},
		{[]int{10, 20}, sum, make(chan int, 1)},
	}
	for _, r := range reqs {
		go func(r *Request) { clientRequests <- r }(r)
	}
	for i, r := range reqs {
		fmt.Printf("answer %d: %d\n", i, <-r.resultChan)
	}

	// A channel carrying reply channels: ping-pong.
	pings := make(chan chan string)
	go func() {
		n := 0
		for reply := range pings {
			n++
			reply <- fmt.Sprintf("pong %d", n)
		}
	}()
	for i := 0; i < 3; i++ {
		reply := make(chan string)
		pings <- reply
		fmt.Println(<-reply)
	}
	close(pings)

	quit <- true
	<-quit
	fmt.Println("server stopped")
}
