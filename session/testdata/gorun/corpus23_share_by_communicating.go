package main

import (
	"fmt"
	"sort"
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

func handle(queue chan *Request, wg *sync.WaitGroup) {
	defer wg.Done()
	for req := range queue {
		req.resultChan <- req.f(req.args)
	}
}

func main() {
	queue := make(chan *Request)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go handle(queue, &wg)
	}
	var reqs []*Request
	for i := 1; i <= 5; i++ {
		args := make([]int, i)
		for j := range args {
			args[j] = j + i
		}
		reqs = append(reqs, &Request{args, sum, make(chan int, 1)})
	}
	go func() {
		for _, r := range reqs {
			queue <- r
		}
		close(queue)
	}()
	var results []int
	for _, r := range reqs {
		results = append(results, <-r.resultChan)
	}
	wg.Wait()
	fmt.Println(results)

	// channels of channels
	reply := make(chan chan string)
	go func() {
		c := <-reply
		c <- "pong"
	}()
	c := make(chan string)
	reply <- c
	fmt.Println(<-c)

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	var done []int
	var wg2 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			done = append(done, i*i)
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	sort.Ints(done)
	fmt.Println(done)
}
