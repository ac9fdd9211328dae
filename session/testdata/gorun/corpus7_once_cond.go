package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	Debug bool
}

var (
	cfg      *Config
	loadOnce sync.Once
	loads    int
)

func getConfig() *Config {
	loadOnce.Do(func() {
		loads++
		cfg = &Config{Name: "prod", Debug: false}
	})
	return cfg
}

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			getConfig()
		}()
	}
	wg.Wait()
	fmt.Printf("config %+v loaded %d time(s)\n", *getConfig(), loads)

	q := NewQueue()
	sum := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 5; i++ {
			s += q.Get()
		}
		sum <- s
	}()
	for i := 1; i <= 5; i++ {
		q.Put(i * i)
	}
	fmt.Println("consumer sum:", <-sum)

	var ready bool
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var started sync.WaitGroup
	woken := make(chan int, 3)
	for i := 0; i < 3; i++ {
		started.Add(1)
		go func(id int) {
			mu.Lock()
			started.Done()
			for !ready {
				c.Wait()
			}
			mu.Unlock()
			woken <- id
		}(i)
	}
	started.Wait()
	mu.Lock()
	ready = true
	mu.Unlock()
	c.Broadcast()
	total := 0
	for i := 0; i < 3; i++ {
		total += <-woken
	}
	fmt.Println("all woken, id sum:", total)
}
