package main

import (
	"fmt"
	"sync"
)

// bank1: monitor goroutine owns the balance.
var deposits = make(chan int)
var balances = make(chan int)

func Deposit(amount int) { deposits <- amount }
func Balance() int       { return <-balances }

func teller() {
	var balance int
	for {
		select {
		case amount := <-deposits:
			balance += amount
		case balances <- balance:
		}
	}
}

// bank2: mutex-protected account.
type Account struct {
	mu      sync.Mutex
	balance int
	history []string
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		a.history = append(a.history, fmt.Sprintf("denied %d", n))
		return false
	}
	a.balance -= n
	return true
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type RWCache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *RWCache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *RWCache) Set(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	go teller()
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			Deposit(n)
		}(i)
	}
	wg.Wait()
	fmt.Println("monitor balance:", Balance())

	acct := &Account{}
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); acct.Deposit(10) }()
		go func() { defer wg.Done(); acct.Deposit(5) }()
	}
	wg.Wait()
	fmt.Println("mutex balance:", acct.Balance())
	fmt.Println(acct.Withdraw(700), acct.Withdraw(100), acct.Balance(), acct.history)

	c := &RWCache{m: map[string]int{}}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Set(fmt.Sprintf("k%d", i), i*i)
		}()
	}
	wg.Wait()
	v, ok := c.Get("k7")
	_, missing := c.Get("k10")
	fmt.Println(v, ok, missing, len(c.m))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once, i =", i) })
	}
}
