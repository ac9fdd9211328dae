package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Transaction struct {
	Kind   string
	Amount float64
}

type Account struct {
	Owner   string
	balance float64
	history []Transaction
}

func NewAccount(owner string, initial float64) *Account {
	a := &Account{Owner: owner}
	if initial > 0 {
		a.Deposit(initial)
	}
	return a
}

func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %.2f: amount must be positive", amount)
	}
	a.balance += amount
	a.history = append(a.history, Transaction{"deposit", amount})
	return nil
}

func (a *Account) Withdraw(amount float64) error {
	if amount > a.balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amount, a.Owner, ErrInsufficient)
	}
	a.balance -= amount
	a.history = append(a.history, Transaction{"withdraw", amount})
	return nil
}

func (a *Account) Balance() float64 { return a.balance }

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(owner string, initial float64) *Account {
	if b.accounts == nil {
		b.accounts = make(map[string]*Account)
	}
	acc := NewAccount(owner, initial)
	b.accounts[owner] = acc
	return acc
}

func (b *Bank) Transfer(from, to string, amount float64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return dst.Deposit(amount)
}

func main() {
	var bank Bank
	alice := bank.Open("alice", 100)
	bob := bank.Open("bob", 50)

	fmt.Println(bank.Transfer("alice", "bob", 30))
	err := bank.Transfer("bob", "alice", 500)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer("carol", "bob", 1))
	fmt.Println(alice.Deposit(-5))

	fmt.Printf("alice: %.2f bob: %.2f\n", alice.Balance(), bob.Balance())
	for i, tx := range alice.history {
		fmt.Printf("%d %-8s %6.2f\n", i, tx.Kind, tx.Amount)
	}
	fmt.Printf("%+v\n", bob.history)

	names := make([]string, 0, len(bank.accounts))
	for name := range bank.accounts {
		names = append(names, name)
	}
	sort.Strings(names)
	total := 0.0
	for _, n := range names {
		total += bank.accounts[n].Balance()
		fmt.Println(n, bank.accounts[n].Balance())
	}
	fmt.Println("total", total)
}
