package main

import (
	"fmt"
	"sync"
)

// A bank account guarded by a mutex, with a bug: Withdraw unlocks twice
// on the path that refuses. Go stops the program with a fatal error that
// no recover catches.

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) bool {
	a.mu.Lock()
	if a.balance < n {
		a.mu.Unlock()
		defer a.mu.Unlock() // the bug
		return false
	}
	a.balance -= n
	a.mu.Unlock()
	return true
}

type Stats struct {
	sync.RWMutex
	hits map[string]int
}

func (s *Stats) Hit(k string) {
	s.Lock()
	defer s.Unlock()
	s.hits[k]++
}

func (s *Stats) Get(k string) int {
	s.RLock()
	defer s.RUnlock()
	return s.hits[k]
}

func main() {
	acct := &Account{}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acct.Deposit(10)
		}()
	}
	wg.Wait()
	fmt.Println("balance", acct.balance)
	fmt.Println("withdraw 30:", acct.Withdraw(30), acct.balance)

	st := &Stats{hits: map[string]int{}}
	for _, k := range []string{"a", "b", "a"} {
		st.Hit(k)
	}
	fmt.Println("hits", st.Get("a"), st.Get("b"))

	defer fmt.Println("never printed: a fatal error runs no deferred call")
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	fmt.Println("withdraw 500:", acct.Withdraw(500))
}
