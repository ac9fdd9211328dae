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
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.owner, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Bank struct {
	mu       sync.Mutex
	accounts map[string]*Account
}

func (b *Bank) Open(owner string, initial int) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	acc := &Account{owner: owner, balance: initial}
	b.accounts[owner] = acc
	return acc
}

func (b *Bank) Transfer(from, to *Account, n int) error {
	if err := from.Withdraw(n); err != nil {
		return err
	}
	to.Deposit(n)
	return nil
}

func main() {
	bank := &Bank{accounts: make(map[string]*Account)}
	alice := bank.Open("alice", 100)
	bob := bank.Open("bob", 50)

	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			alice.Deposit(1)
		}()
	}
	wg.Wait()
	fmt.Println("alice after 100 deposits:", alice.Balance())

	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			_ = bank.Transfer(alice, bob, 2)
		}(i)
	}
	wg.Wait()
	fmt.Println("alice:", alice.Balance(), "bob:", bob.Balance())
	fmt.Println("total:", alice.Balance()+bob.Balance())

	err := bank.Transfer(bob, alice, 1000)
	fmt.Println(err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))
}
