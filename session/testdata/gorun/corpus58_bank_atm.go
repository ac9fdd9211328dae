package main

import (
	"errors"
	"fmt"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type LimitError struct {
	Limit, Requested float64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("withdrawal of %.2f exceeds daily limit %.2f", e.Requested, e.Limit)
}

type Account interface {
	Deposit(amount float64) error
	Withdraw(amount float64) error
	Balance() float64
}

type Checking struct {
	owner   string
	balance float64
	limit   float64
	today   float64
}

func (c *Checking) Deposit(amount float64) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %.2f: amount must be positive", amount)
	}
	c.balance += amount
	return nil
}

func (c *Checking) Withdraw(amount float64) error {
	if c.today+amount > c.limit {
		return &LimitError{Limit: c.limit, Requested: amount}
	}
	if amount > c.balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amount, c.owner, ErrInsufficientFunds)
	}
	c.balance -= amount
	c.today += amount
	return nil
}

func (c *Checking) Balance() float64 { return c.balance }

type ATM struct {
	acct Account
	log  []string
}

func (a *ATM) Run(op string, amount float64) {
	var err error
	switch op {
	case "deposit":
		err = a.acct.Deposit(amount)
	case "withdraw":
		err = a.acct.Withdraw(amount)
	default:
		err = fmt.Errorf("unknown operation %q", op)
	}
	var le *LimitError
	switch {
	case err == nil:
		a.log = append(a.log, fmt.Sprintf("%s %.2f ok -> %.2f", op, amount, a.acct.Balance()))
	case errors.Is(err, ErrInsufficientFunds):
		a.log = append(a.log, "declined: "+err.Error())
	case errors.As(err, &le):
		a.log = append(a.log, fmt.Sprintf("limit hit (limit %.0f): %v", le.Limit, err))
	default:
		a.log = append(a.log, "error: "+err.Error())
	}
}

func main() {
	atm := &ATM{acct: &Checking{owner: "alice", limit: 300}}
	ops := []struct {
		op  string
		amt float64
	}{
		{"deposit", 500}, {"withdraw", 120.5}, {"withdraw", 1000}, {"deposit", -3},
		{"withdraw", 150}, {"transfer", 10}, {"withdraw", 60}, {"deposit", 25.25},
	}
	for _, o := range ops {
		atm.Run(o.op, o.amt)
	}
	for i, l := range atm.log {
		fmt.Printf("%2d. %s\n", i+1, l)
	}
	fmt.Printf("final balance: %.2f\n", atm.acct.Balance())
	fmt.Printf("%T\n", atm.acct)
}
