package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	owner   string
	balance int
	history []string
}

func NewAccount(owner string, initial int) *Account {
	return &Account{owner: owner, balance: initial}
}

func (a *Account) Deposit(amount int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("+%d", amount))
}

func (a *Account) Withdraw(amount int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amount > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", amount, a.owner, ErrInsufficient)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("-%d", amount))
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func Transfer(from, to *Account, amount int) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	to.Deposit(amount)
	return nil
}

func main() {
	acct := NewAccount("alice", 100)
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			acct.Deposit(10)
		}()
		go func() {
			defer wg.Done()
			_ = acct.Withdraw(5)
		}()
	}
	wg.Wait()
	fmt.Println("balance after concurrent ops:", acct.Balance())
	fmt.Println("history length:", len(acct.history))

	bob := NewAccount("bob", 20)
	if err := Transfer(bob, acct, 50); err != nil {
		fmt.Println(err)
		fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))
	}
	if err := Transfer(acct, bob, 75); err == nil {
		fmt.Println("alice:", acct.Balance(), "bob:", bob.Balance())
	}
	fmt.Println(bob.history)
}
