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
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

type Account struct {
	sync.RWMutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.Lock()
	defer a.Unlock()
	a.balance += n
}

func (a *Account) Balance() int {
	a.RLock()
	defer a.RUnlock()
	return a.balance
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			c.Inc("somekey")
			if n%2 == 0 {
				c.Inc("even")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("somekey"), c.Value("even"))

	acc := &Account{}
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc.Deposit(i)
		}()
	}
	wg.Wait()
	fmt.Println("balance:", acc.Balance())

	var mu sync.Mutex
	results := []int{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(x int) {
			defer wg.Done()
			mu.Lock()
			results = append(results, x*x)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Ints(results)
	fmt.Println(results)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once") })
	}

	counter := 0
	var m sync.Mutex
	var wg2 sync.WaitGroup
	wg2.Add(1000)
	for i := 0; i < 1000; i++ {
		go func() {
			m.Lock()
			counter++
			m.Unlock()
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println("counter:", counter)
}
