package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance float64
	history []string
}

func NewAccount(owner string) *Account {
	return &Account{Owner: owner}
}

func (a *Account) Deposit(amt float64) {
	a.balance += amt
	a.history = append(a.history, fmt.Sprintf("+%.2f", amt))
}

func (a *Account) Withdraw(amt float64) error {
	if amt > a.balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amt, a.Owner, ErrInsufficient)
	}
	a.balance -= amt
	a.history = append(a.history, fmt.Sprintf("-%.2f", amt))
	return nil
}

func (a Account) Balance() float64 { return a.balance }

func (a *Account) String() string {
	return fmt.Sprintf("%s: $%.2f %v", a.Owner, a.balance, a.history)
}

func main() {
	acc := NewAccount("alice")
	acc.Deposit(100)
	if err := acc.Withdraw(30); err != nil {
		fmt.Println(err)
	}
	if err := acc.Withdraw(500); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrInsufficient))
	}
	fmt.Println(acc)
	fmt.Println(acc.Balance())
	accounts := []*Account{acc, NewAccount("bob")}
	for _, a := range accounts {
		fmt.Println(a)
	}
}
