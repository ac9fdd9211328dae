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
	JobID  int
	Worker int
	Words  int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{JobID: j.ID, Worker: id, Words: len(strings.Fields(j.Text))}
	}
}

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func main() {
	texts := []string{"a b c", "hello world", "one", "the quick brown fox", "", "x y"}
	jobs := make(chan Job, len(texts))
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, t := range texts {
		jobs <- Job{i, t}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []Result
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, r := range all {
		fmt.Println(r.JobID, r.Words)
		total += r.Words
	}
	fmt.Println("total", total, len(all), len(workers) >= 1)

	sum := 0
	for v := range square(square(generate(1, 2, 3))) {
		sum += v
	}
	fmt.Println(sum)

	var ops atomic.Int64
	var mu sync.Mutex
	counts := map[int]int{}
	var wg2 sync.WaitGroup
	for i := range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			ops.Add(int64(i))
			mu.Lock()
			counts[i%5]++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(ops.Load(), counts)
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("init once") })
	}
	done := make(chan struct{})
	data := make(chan string, 1)
	go func() {
		data <- "payload"
		close(done)
	}()
	<-done
	select {
	case s := <-data:
		fmt.Println(s)
	default:
		fmt.Println("nothing")
	}
	sem := make(chan struct{}, 2)
	var maxC, cur atomic.Int32
	var wg3 sync.WaitGroup
	for range 6 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			sem <- struct{}{}
			n := cur.Add(1)
			for {
				m := maxC.Load()
				if n <= m || maxC.CompareAndSwap(m, n) {
					break
				}
			}
			cur.Add(-1)
			<-sem
		}()
	}
	wg3.Wait()
	fmt.Println(maxC.Load() <= 2)
}
