package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type SafeCache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *SafeCache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *SafeCache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

type Queue struct {
	cond  *sync.Cond
	items []int
}

func (q *Queue) Put(v int) {
	q.cond.L.Lock()
	q.items = append(q.items, v)
	q.cond.L.Unlock()
	q.cond.Signal()
}

func (q *Queue) Take() int {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func slowWork(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	c := &SafeCache{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			c.Set(fmt.Sprint("k", n%3), n%3)
		}(i)
	}
	wg.Wait()
	v, ok := c.Get("k2")
	fmt.Println(v, ok, len(c.data))

	q := &Queue{cond: sync.NewCond(&sync.Mutex{})}
	sum := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 5; i++ {
			s += q.Take()
		}
		sum <- s
	}()
	for i := 1; i <= 5; i++ {
		q.Put(i)
	}
	fmt.Println("sum", <-sum)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := slowWork(ctx, 2*time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	err = slowWork(ctx2, time.Millisecond)
	cancel2()
	fmt.Println(err, ctx2.Err())

	ctx3, cancel3 := context.WithCancel(context.WithValue(context.Background(), "user", "ann"))
	done := make(chan string)
	go func() {
		<-ctx3.Done()
		done <- fmt.Sprint("worker stopped: ", ctx3.Err(), " user=", ctx3.Value("user"))
	}()
	cancel3()
	fmt.Println(<-done)
}
