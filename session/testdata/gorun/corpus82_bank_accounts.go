package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	ID      string
	balance int64
	history []string
}

func (a *Account) Deposit(n int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.ID, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(id string) *Account {
	if b.accounts == nil {
		b.accounts = make(map[string]*Account)
	}
	a := &Account{ID: id}
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, n int64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(n); err != nil {
		return err
	}
	dst.Deposit(n)
	return nil
}

func main() {
	var bank Bank
	alice := bank.Open("alice")
	bank.Open("bob")
	alice.Deposit(100)
	var wg sync.WaitGroup
	var failed int
	var fmu sync.Mutex
	for i := 0; i < 15; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := bank.Transfer("alice", "bob", 10); err != nil {
				fmu.Lock()
				failed++
				fmu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("failed transfers:", failed)
	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%-6s %4d %d entries\n", id, a.Balance(), len(a.history))
	}
	err := bank.Transfer("alice", "bob", 1)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer("carol", "bob", 1))
}
