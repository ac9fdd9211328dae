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

type OverdraftError struct {
	Needed, Available float64
}

func (e *OverdraftError) Error() string {
	return fmt.Sprintf("overdraft: need %.2f, have %.2f", e.Needed, e.Available)
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
		return fmt.Errorf("withdraw %.2f: %w", amount, ErrInsufficientFunds)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("withdraw %.2f", amount))
	return nil
}

func (a *Account) Transfer(to *Account, amount float64) error {
	if amount > a.balance {
		return &OverdraftError{amount, a.balance}
	}
	a.Withdraw(amount)
	return to.Deposit(amount)
}

func (a Account) Balance() float64 { return a.balance }

func main() {
	acc := &Account{Owner: "Sam"}
	if err := acc.Deposit(100); err != nil {
		fmt.Println("error:", err)
	}
	if err := acc.Deposit(-5); err != nil {
		fmt.Println("error:", err)
	}
	if err := acc.Withdraw(30.5); err != nil {
		fmt.Println("error:", err)
	}
	err := acc.Withdraw(500)
	if errors.Is(err, ErrInsufficientFunds) {
		fmt.Println("cannot withdraw:", err)
	}
	fmt.Printf("%s's balance: $%.2f\n", acc.Owner, acc.Balance())

	other := &Account{Owner: "Kim"}
	err = acc.Transfer(other, 1000)
	var od *OverdraftError
	if errors.As(err, &od) {
		fmt.Println("transfer failed:", od, "short by", od.Needed-od.Available)
	}
	if err := acc.Transfer(other, 50); err == nil {
		fmt.Printf("after transfer: %s=%.2f %s=%.2f\n", acc.Owner, acc.Balance(), other.Owner, other.Balance())
	}
	for i, h := range acc.history {
		fmt.Println(i+1, h)
	}
	fmt.Println(other.history)
}
