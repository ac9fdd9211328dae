package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrClosed = errors.New("account closed")

type Account struct {
	mu      sync.Mutex
	balance int64
	open    bool
}

func Open(amount int64) *Account {
	if amount < 0 {
		return nil
	}
	return &Account{balance: amount, open: true}
}

func (a *Account) Balance() (int64, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance, a.open
}

func (a *Account) Deposit(amount int64) (int64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, ErrClosed
	}
	if a.balance+amount < 0 {
		return a.balance, fmt.Errorf("insufficient funds: balance %d, withdraw %d", a.balance, -amount)
	}
	a.balance += amount
	return a.balance, nil
}

func (a *Account) Close() (int64, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, false
	}
	a.open = false
	p := a.balance
	a.balance = 0
	return p, true
}

func main() {
	fmt.Println(Open(-10) == nil)
	a := Open(100)
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			a.Deposit(10)
		}()
		go func() {
			defer wg.Done()
			a.Deposit(-5)
		}()
	}
	wg.Wait()
	fmt.Println(a.Balance())
	_, err := a.Deposit(-1000)
	fmt.Println("err:", err)
	fmt.Println(a.Close())
	fmt.Println(a.Close())
	_, err = a.Deposit(1)
	fmt.Println(err, errors.Is(err, ErrClosed))
	b, ok := a.Balance()
	fmt.Printf("balance=%d open=%t\n", b, ok)
}
