// A simple bank account with methods and errors
package main

import (
	"errors"
	"fmt"
)

var ErrInsufficientFunds = errors.New("insufficient funds")
var ErrInvalidAmount = errors.New("amount must be positive")

type Account struct {
	Owner   string
	balance float64
	history []string
}

func NewAccount(owner string, initial float64) *Account {
	return &Account{Owner: owner, balance: initial}
}

func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return ErrInvalidAmount
	}
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("deposit %.2f", amount))
	return nil
}

func (a *Account) Withdraw(amount float64) error {
	if amount <= 0 {
		return ErrInvalidAmount
	}
	if amount > a.balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amount, a.Owner, ErrInsufficientFunds)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("withdraw %.2f", amount))
	return nil
}

func (a *Account) Balance() float64 { return a.balance }

func Transfer(from, to *Account, amount float64) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(amount)
}

func (a Account) String() string {
	return fmt.Sprintf("Account{%s: $%.2f}", a.Owner, a.balance)
}

func main() {
	alice := NewAccount("Alice", 100)
	bob := NewAccount("Bob", 50)

	fmt.Println(alice, bob)
	if err := alice.Deposit(50.5); err != nil {
		fmt.Println("error:", err)
	}
	if err := alice.Deposit(-10); err != nil {
		fmt.Println("error:", err)
	}
	err := bob.Withdraw(80)
	fmt.Println("error:", err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficientFunds))

	if err := Transfer(alice, bob, 75.25); err != nil {
		fmt.Println(err)
	}
	err = Transfer(bob, alice, 1000)
	fmt.Printf("%v | %T\n", err, err)
	fmt.Println(errors.Is(err, ErrInsufficientFunds), errors.Unwrap(errors.Unwrap(err)) == ErrInsufficientFunds)

	fmt.Printf("Alice: %.2f, Bob: %.2f\n", alice.Balance(), bob.Balance())
	fmt.Println(*alice)
	fmt.Printf("%v\n", alice.history)
	fmt.Printf("%q\n", bob.history)
}
