package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type TxKind string

const (
	Deposit  TxKind = "deposit"
	Withdraw TxKind = "withdraw"
	Transfer TxKind = "transfer"
)

type Transaction struct {
	Kind   TxKind
	Amount float64
	Note   string
}

type Account interface {
	ID() string
	Balance() float64
	Deposit(float64) error
	Withdraw(float64) error
}

type InsufficientFundsError struct {
	Account string
	Need    float64
	Have    float64
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %s: need %.2f, have %.2f", e.Account, e.Need, e.Have)
}

var ErrInvalidAmount = errors.New("amount must be positive")

type base struct {
	mu      sync.Mutex
	id      string
	balance float64
	history []Transaction
}

func (b *base) ID() string { return b.id }

func (b *base) Balance() float64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.balance
}

func (b *base) Deposit(amt float64) error {
	if amt <= 0 {
		return ErrInvalidAmount
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.balance += amt
	b.history = append(b.history, Transaction{Deposit, amt, ""})
	return nil
}

func (b *base) Withdraw(amt float64) error {
	if amt <= 0 {
		return ErrInvalidAmount
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if amt > b.balance {
		return &InsufficientFundsError{b.id, amt, b.balance}
	}
	b.balance -= amt
	b.history = append(b.history, Transaction{Withdraw, amt, ""})
	return nil
}

type Checking struct {
	base
	Overdraft float64
}

func (c *Checking) Withdraw(amt float64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if amt > c.balance+c.Overdraft {
		return &InsufficientFundsError{c.id, amt, c.balance + c.Overdraft}
	}
	c.balance -= amt
	c.history = append(c.history, Transaction{Withdraw, amt, "checking"})
	return nil
}

type Savings struct {
	base
	Rate float64
}

func (s *Savings) AddInterest() {
	s.mu.Lock()
	s.balance *= 1 + s.Rate
	s.mu.Unlock()
}

func transfer(from, to Account, amt float64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from.ID(), to.ID(), err)
	}
	return to.Deposit(amt)
}

func main() {
	chk := &Checking{base: base{id: "CHK-1"}, Overdraft: 100}
	sav := &Savings{base: base{id: "SAV-1"}, Rate: 0.05}
	accounts := []Account{chk, sav}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			chk.Deposit(10)
		}()
	}
	wg.Wait()
	fmt.Printf("%s %.2f\n", chk.ID(), chk.Balance())
	fmt.Println(transfer(chk, sav, 500))
	fmt.Println(transfer(chk, sav, 700))
	err := transfer(sav, chk, 1000)
	var ife *InsufficientFundsError
	if errors.As(err, &ife) {
		fmt.Printf("%v | short by %.2f\n", err, ife.Need-ife.Have)
	}
	fmt.Println(sav.Deposit(-5), errors.Is(sav.Deposit(0), ErrInvalidAmount))
	sav.AddInterest()
	sort.Slice(accounts, func(i, j int) bool { return accounts[i].Balance() > accounts[j].Balance() })
	for _, a := range accounts {
		kind := "?"
		switch v := a.(type) {
		case *Checking:
			kind = fmt.Sprintf("checking(overdraft %.0f)", v.Overdraft)
		case *Savings:
			kind = fmt.Sprintf("savings(rate %.0f%%)", v.Rate*100)
		}
		fmt.Printf("%-6s %-24s %9.2f\n", a.ID(), kind, a.Balance())
	}
	fmt.Println(len(chk.history), chk.history[len(chk.history)-1], sav.history)
}
