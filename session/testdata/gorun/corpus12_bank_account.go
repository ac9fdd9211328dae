package main

import (
	"errors"
	"fmt"
)

var (
	ErrInsufficientFunds = errors.New("insufficient funds")
	ErrInvalidAmount     = errors.New("invalid amount")
)

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
		return fmt.Errorf("deposit %.2f: %w", amount, ErrInvalidAmount)
	}
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("+%.2f", amount))
	return nil
}

func (a *Account) Withdraw(amount float64) error {
	if amount <= 0 {
		return fmt.Errorf("withdraw %.2f: %w", amount, ErrInvalidAmount)
	}
	if amount > a.balance {
		return fmt.Errorf("withdraw %.2f from %s (balance %.2f): %w", amount, a.Owner, a.balance, ErrInsufficientFunds)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("-%.2f", amount))
	return nil
}

func (a *Account) Balance() float64 { return a.balance }

func Transfer(from, to *Account, amount float64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %w", err)
		}
	}()
	if err := from.Withdraw(amount); err != nil {
		return err
	}
	return to.Deposit(amount)
}

func (a Account) String() string {
	return fmt.Sprintf("%s: $%.2f %v", a.Owner, a.balance, a.history)
}

func main() {
	alice := NewAccount("Alice", 100)
	bob := NewAccount("Bob", 20)
	fmt.Println(alice.Deposit(50))
	if err := alice.Deposit(-5); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrInvalidAmount))
	}
	if err := Transfer(bob, alice, 75); err != nil {
		fmt.Println("error:", err)
		fmt.Println("insufficient?", errors.Is(err, ErrInsufficientFunds), errors.Is(err, ErrInvalidAmount))
	}
	if err := Transfer(alice, bob, 60.5); err == nil {
		fmt.Println("transferred")
	}
	fmt.Println(alice)
	fmt.Println(*bob)
	fmt.Printf("%.2f %.2f\n", alice.Balance(), bob.Balance())
	err := errors.Unwrap(fmt.Errorf("outer: %w", ErrInsufficientFunds))
	fmt.Println(err == ErrInsufficientFunds)
	joined := errors.Join(ErrInvalidAmount, ErrInsufficientFunds)
	fmt.Println(joined, errors.Is(joined, ErrInsufficientFunds))
}
