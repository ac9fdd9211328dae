package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      string
	balance int64
	log     []string
}

type InsufficientError struct {
	Need, Have int64
}

func (e InsufficientError) Error() string {
	return fmt.Sprintf("need %d, have %d", e.Need, e.Have)
}

func (e InsufficientError) Unwrap() error { return ErrInsufficient }

func NewAccount(id string, initial int64) *Account {
	return &Account{id: id, balance: initial}
}

func (a *Account) Deposit(amt int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amt
	a.log = append(a.log, fmt.Sprintf("+%d", amt))
}

func (a *Account) Withdraw(amt int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amt > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", amt, a.id, InsufficientError{amt, a.balance})
	}
	a.balance -= amt
	a.log = append(a.log, fmt.Sprintf("-%d", amt))
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func Transfer(from, to *Account, amt int64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	to.Deposit(amt)
	return nil
}

func main() {
	a := NewAccount("A", 100)
	b := NewAccount("B", 50)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.Deposit(5)
		}()
	}
	wg.Wait()
	fmt.Println(a.Balance(), len(a.log))

	if err := Transfer(a, b, 150); err != nil {
		fmt.Println("error:", err)
	}
	err := Transfer(b, a, 1000)
	fmt.Println("error:", err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	var ie InsufficientError
	if errors.As(err, &ie) {
		fmt.Println("need", ie.Need, "have", ie.Have)
	}
	fmt.Println(a.Balance(), b.Balance())
	fmt.Println(b.log)
}
