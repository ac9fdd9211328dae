package main

import (
	"errors"
	"fmt"
	"strings"
)

type Account struct {
	id      int
	owner   string
	balance float64
	history []string
}

var nextID = 1

func NewAccount(owner string, initial float64) (*Account, error) {
	owner = strings.TrimSpace(owner)
	if owner == "" {
		return nil, errors.New("owner must not be empty")
	}
	if initial < 0 {
		return nil, fmt.Errorf("initial deposit %.2f is negative", initial)
	}
	a := &Account{id: nextID, owner: owner, balance: initial}
	nextID++
	a.log("open %.2f", initial)
	return a, nil
}

func (a *Account) log(format string, args ...any) {
	a.history = append(a.history, fmt.Sprintf(format, args...))
}

func (a *Account) Deposit(x float64) {
	a.balance += x
	a.log("deposit %.2f", x)
}

func (a *Account) Withdraw(x float64) error {
	if x > a.balance {
		return fmt.Errorf("account %d: cannot withdraw %.2f, balance %.2f", a.id, x, a.balance)
	}
	a.balance -= x
	a.log("withdraw %.2f", x)
	return nil
}

func (a *Account) Balance() float64 { return a.balance }

func (a *Account) String() string {
	return fmt.Sprintf("Account#%d(%s, %.2f)", a.id, a.owner, a.balance)
}

func main() {
	acc, err := NewAccount("  Grace Hopper ", 100)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	acc.Deposit(50)
	if err := acc.Withdraw(500); err != nil {
		fmt.Println("error:", err)
	}
	_ = acc.Withdraw(30)
	fmt.Println(acc)
	fmt.Println(strings.Join(acc.history, " | "))

	for _, tc := range []struct {
		owner string
		init  float64
	}{{"", 10}, {"Linus", -5}, {"Ken", 0}} {
		a, err := NewAccount(tc.owner, tc.init)
		if err != nil {
			fmt.Println("cannot open:", err)
			continue
		}
		fmt.Println("opened", a, a.Balance())
	}
}
