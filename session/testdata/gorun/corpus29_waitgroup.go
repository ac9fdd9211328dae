package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.v[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- fmt.Sprintf("worker %d finished job %d", id, j)
	}
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(out)

	c := SafeCounter{v: make(map[string]int)}
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("key")
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("key"))

	jobs := make(chan int, 10)
	results := make(chan string, 10)
	var wwg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wwg.Add(1)
		go worker(w, jobs, results, &wwg)
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	wwg.Wait()
	close(results)
	count := 0
	for range results {
		count++
	}
	fmt.Println("results:", count)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once only", i) })
	}

	var mu sync.Mutex
	names := []string{}
	for _, n := range []string{"c", "a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			names = append(names, n)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(names)
	fmt.Println(names)

	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	var m sync.Map
	m.Store("x", 1)
	v, ok := m.Load("x")
	fmt.Println(v, ok)
}
