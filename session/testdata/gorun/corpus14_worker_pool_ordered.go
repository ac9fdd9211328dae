package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID int
	Words int
	Upper string
}

func worker(id int, jobs <-chan Job, results chan<- Result, processed *atomic.Int64, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		processed.Add(1)
		results <- Result{JobID: j.ID, Words: len(strings.Fields(j.Text)), Upper: strings.ToUpper(j.Text)}
	}
	_ = id
}

func main() {
	texts := []string{"go is fun", "channels pass values", "mutex guards state", "one", "wait groups wait"}
	jobs := make(chan Job, len(texts))
	results := make(chan Result, len(texts))
	var processed atomic.Int64
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &processed, &wg)
	}
	for i, t := range texts {
		jobs <- Job{ID: i, Text: t}
	}
	close(jobs)
	wg.Wait()
	close(results)

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("%d %d %s\n", r.JobID, r.Words, r.Upper)
	}
	fmt.Println("processed", processed.Load())

	var ops int32
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			atomic.AddInt32(&ops, 2)
		}()
	}
	wg2.Wait()
	fmt.Println("ops", atomic.LoadInt32(&ops))

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxSeen, cur := 0, 0
	var wg3 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg3.Add(1)
		go func(n int) {
			defer wg3.Done()
			sem <- struct{}{}
			mu.Lock()
			cur++
			if cur > maxSeen {
				maxSeen = cur
			}
			mu.Unlock()
			mu.Lock()
			cur--
			mu.Unlock()
			<-sem
		}(i)
	}
	wg3.Wait()
	fmt.Println("max concurrent <= 2:", maxSeen <= 2)

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for range 5 {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, open := <-pong
	fmt.Println("ping-pong", v, open)

	var rw sync.RWMutex
	cache := map[int]string{}
	var wg4 sync.WaitGroup
	for i := range 4 {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			rw.Lock()
			cache[i] = strings.Repeat("x", i)
			rw.Unlock()
		}()
	}
	wg4.Wait()
	rw.RLock()
	fmt.Println(len(cache), cache[3])
	rw.RUnlock()
}
