package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Account interface {
	ID() string
	Balance() int
	Deposit(int) error
	Withdraw(int) error
}

type InsufficientFundsError struct {
	Need, Have int
}

func (e InsufficientFundsError) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

var ErrInvalidAmount = errors.New("invalid amount")

type base struct {
	id      string
	balance int
}

func (b *base) ID() string   { return b.id }
func (b *base) Balance() int { return b.balance }
func (b *base) Deposit(n int) error {
	if n <= 0 {
		return fmt.Errorf("deposit %d: %w", n, ErrInvalidAmount)
	}
	b.balance += n
	return nil
}
func (b *base) Withdraw(n int) error {
	if n <= 0 {
		return ErrInvalidAmount
	}
	if n > b.balance {
		return InsufficientFundsError{n, b.balance}
	}
	b.balance -= n
	return nil
}

type Checking struct {
	base
	overdraft int
}

func (c *Checking) Withdraw(n int) error {
	if n > c.balance+c.overdraft {
		return &InsufficientFundsError{n, c.balance + c.overdraft}
	}
	c.balance -= n
	return nil
}

type Savings struct {
	base
	rate float64
}

func (s *Savings) AddInterest() { s.balance += int(float64(s.balance) * s.rate) }

func transfer(from, to Account, n int) error {
	if err := from.Withdraw(n); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from.ID(), to.ID(), err)
	}
	return to.Deposit(n)
}

func main() {
	c := &Checking{base{"chk", 100}, 50}
	s := &Savings{base{"sav", 1000}, 0.05}
	accts := []Account{c, s}
	fmt.Println(transfer(c, s, 120), c.Balance(), s.Balance())
	err := transfer(c, s, 100)
	fmt.Println(err)
	var ife *InsufficientFundsError
	fmt.Println(errors.As(err, &ife), ife.Need, ife.Have)
	err = transfer(s, c, 5000)
	var ifv InsufficientFundsError
	fmt.Println(errors.As(err, &ifv), ifv, errors.As(err, &ife))
	fmt.Println(errors.Is(s.Deposit(-1), ErrInvalidAmount), errors.Is(s.Withdraw(0), ErrInvalidAmount))
	s.AddInterest()
	sort.Slice(accts, func(i, j int) bool { return accts[i].Balance() > accts[j].Balance() })
	var sb strings.Builder
	for _, a := range accts {
		fmt.Fprintf(&sb, "%s=%d ", a.ID(), a.Balance())
		switch v := a.(type) {
		case *Savings:
			fmt.Fprintf(&sb, "(savings %.0f%%) ", v.rate*100)
		case *Checking:
			fmt.Fprintf(&sb, "(checking, overdraft %d) ", v.overdraft)
		}
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Printf("%v %+v\n", *c, *s)
	var a Account
	fmt.Println(a == nil)
	a = c
	_, isSav := a.(*Savings)
	fmt.Println(a != nil, isSav)
}
