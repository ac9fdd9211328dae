package main

import (
	"fmt"
	"sort"
	"sync"
)

const MaxOutstanding = 2

type Request struct {
	id   int
	data string
}

func process(r *Request) string {
	return fmt.Sprintf("req %d: %d bytes", r.id, len(r.data))
}

func Serve(queue chan *Request, results chan<- string) {
	sem := make(chan struct{}, MaxOutstanding)
	var wg sync.WaitGroup
	var mu sync.Mutex
	active, peak := 0, 0
	for req := range queue {
		sem <- struct{}{}
		wg.Add(1)
		go func(req *Request) {
			defer wg.Done()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			results <- process(req)
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}(req)
	}
	wg.Wait()
	results <- fmt.Sprint("peak within limit: ", peak <= MaxOutstanding)
	close(results)
}

func main() {
	queue := make(chan *Request)
	results := make(chan string)
	go Serve(queue, results)
	go func() {
		for i, d := range []string{"a", "bb", "ccc", "dddd", "eeeee"} {
			queue <- &Request{i, d}
		}
		close(queue)
	}()
	var got []string
	var last string
	for r := range results {
		if len(r) > 4 && r[:4] == "peak" {
			last = r
			continue
		}
		got = append(got, r)
	}
	sort.Strings(got)
	for _, g := range got {
		fmt.Println(g)
	}
	fmt.Println(last)
}
