package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type InvalidAmountError struct {
	Amount float64
}

func (e InvalidAmountError) Error() string {
	return fmt.Sprintf("invalid amount: %.2f", e.Amount)
}

type Transaction struct {
	Kind   string
	Amount float64
}

type Account struct {
	Owner   string
	balance float64
	history []Transaction
}

func NewAccount(owner string) *Account {
	return &Account{Owner: owner}
}

func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return InvalidAmountError{amount}
	}
	a.balance += amount
	a.history = append(a.history, Transaction{"deposit", amount})
	return nil
}

func (a *Account) Withdraw(amount float64) error {
	if amount <= 0 {
		return InvalidAmountError{amount}
	}
	if amount > a.balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amount, a.Owner, ErrInsufficientFunds)
	}
	a.balance -= amount
	a.history = append(a.history, Transaction{"withdraw", amount})
	return nil
}

func (a *Account) Balance() float64 { return a.balance }

func (a *Account) String() string {
	return fmt.Sprintf("%s: $%.2f (%d transactions)", a.Owner, a.balance, len(a.history))
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(owner string) *Account {
	if b.accounts == nil {
		b.accounts = make(map[string]*Account)
	}
	acc := NewAccount(owner)
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

func (b *Bank) Report() string {
	names := make([]string, 0, len(b.accounts))
	for n := range b.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, n := range names {
		sb.WriteString(b.accounts[n].String())
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	var bank Bank
	alice := bank.Open("alice")
	bank.Open("bob")

	if err := alice.Deposit(100); err != nil {
		fmt.Println(err)
	}
	if err := alice.Deposit(-5); err != nil {
		var iae InvalidAmountError
		fmt.Println("error:", err, errors.As(err, &iae), iae.Amount)
	}
	fmt.Println(bank.Transfer("alice", "bob", 30))
	err := bank.Transfer("bob", "alice", 50)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficientFunds))
	fmt.Println(bank.Transfer("carol", "bob", 1))
	fmt.Print(bank.Report())
	for _, t := range alice.history {
		fmt.Printf("%-8s %6.2f\n", t.Kind, t.Amount)
	}
	fmt.Println(alice)
}
