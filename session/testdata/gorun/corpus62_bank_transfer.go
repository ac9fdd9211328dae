package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

var ErrInsufficient = errors.New("insufficient funds")

// Transfer locks both accounts in id order so two opposite transfers cannot deadlock.
func Transfer(from, to *Account, amount int) error {
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from %d: %w", amount, from.id, ErrInsufficient)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func main() {
	a := &Account{id: 1, balance: 1000}
	b := &Account{id: 2, balance: 1000}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			_ = Transfer(a, b, 3)
		}()
		go func() {
			defer wg.Done()
			_ = Transfer(b, a, 2)
		}()
	}
	wg.Wait()
	fmt.Println("a:", a.balance, "b:", b.balance, "total:", a.balance+b.balance)

	err := Transfer(a, b, 5000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
}
