package main

import (
	"errors"
	"fmt"
)

var ErrInsufficientFunds = errors.New("insufficient funds")
var ErrInvalidAmount = errors.New("invalid amount")

type AccountError struct {
	Account string
	Op      string
	Err     error
}

func (e *AccountError) Error() string {
	return fmt.Sprintf("%s on %s: %v", e.Op, e.Account, e.Err)
}

func (e *AccountError) Unwrap() error { return e.Err }

type Account struct {
	Owner   string
	balance int64 // cents
	history []string
}

func NewAccount(owner string, initial int64) *Account {
	return &Account{Owner: owner, balance: initial}
}

func (a *Account) Balance() int64 { return a.balance }

func (a *Account) Deposit(amount int64) error {
	if amount <= 0 {
		return &AccountError{a.Owner, "deposit", ErrInvalidAmount}
	}
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("+%d", amount))
	return nil
}

func (a *Account) Withdraw(amount int64) error {
	if amount <= 0 {
		return &AccountError{a.Owner, "withdraw", ErrInvalidAmount}
	}
	if amount > a.balance {
		return &AccountError{a.Owner, "withdraw", fmt.Errorf("%w: need %d, have %d", ErrInsufficientFunds, amount, a.balance)}
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("-%d", amount))
	return nil
}

func Transfer(from, to *Account, amount int64) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(amount)
}

func (a Account) String() string {
	return fmt.Sprintf("%s: $%d.%02d", a.Owner, a.balance/100, a.balance%100)
}

func main() {
	alice := NewAccount("alice", 10000)
	bob := NewAccount("bob", 500)

	steps := []func() error{
		func() error { return alice.Deposit(2550) },
		func() error { return bob.Withdraw(1000) },
		func() error { return Transfer(alice, bob, 5000) },
		func() error { return alice.Deposit(-5) },
		func() error { return Transfer(bob, alice, 99999) },
	}
	for i, step := range steps {
		err := step()
		switch {
		case err == nil:
			fmt.Println(i, "ok")
		case errors.Is(err, ErrInsufficientFunds):
			var ae *AccountError
			if errors.As(err, &ae) {
				fmt.Println(i, "insufficient on", ae.Account, "-", err)
			}
		case errors.Is(err, ErrInvalidAmount):
			fmt.Println(i, "invalid:", err)
		default:
			fmt.Println(i, "other:", err)
		}
	}
	fmt.Println(alice)
	fmt.Println(*bob)
	fmt.Printf("%v %s\n", alice.history, bob.history)
}
