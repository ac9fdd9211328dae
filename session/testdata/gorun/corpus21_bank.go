package main

import (
	"errors"
	"fmt"
)

var ErrInsufficientFunds = errors.New("insufficient funds")
var ErrInvalidAmount = errors.New("invalid amount")

type Transaction struct {
	Type   string
	Amount float64
}

type Account struct {
	Owner        string
	Number       int
	balance      float64
	transactions []Transaction
}

type Bank struct {
	Name     string
	accounts map[int]*Account
	nextID   int
}

func NewBank(name string) *Bank {
	return &Bank{Name: name, accounts: make(map[int]*Account), nextID: 1000}
}

func (b *Bank) Open(owner string, initial float64) *Account {
	b.nextID++
	a := &Account{Owner: owner, Number: b.nextID}
	b.accounts[a.Number] = a
	if initial > 0 {
		a.Deposit(initial)
	}
	return a
}

func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %.2f: %w", amount, ErrInvalidAmount)
	}
	a.balance += amount
	a.transactions = append(a.transactions, Transaction{"deposit", amount})
	return nil
}

func (a *Account) Withdraw(amount float64) error {
	if amount <= 0 {
		return fmt.Errorf("withdraw %.2f: %w", amount, ErrInvalidAmount)
	}
	if amount > a.balance {
		return fmt.Errorf("withdraw %.2f from %d (balance %.2f): %w", amount, a.Number, a.balance, ErrInsufficientFunds)
	}
	a.balance -= amount
	a.transactions = append(a.transactions, Transaction{"withdraw", amount})
	return nil
}

func (a *Account) Balance() float64 { return a.balance }

func (b *Bank) Transfer(from, to int, amount float64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("account %d not found", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("account %d not found", to)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return dst.Deposit(amount)
}

func (a Account) String() string {
	return fmt.Sprintf("#%d %-6s $%9.2f (%d txns)", a.Number, a.Owner, a.balance, len(a.transactions))
}

func main() {
	bank := NewBank("Go Savings")
	alice := bank.Open("Alice", 500)
	bob := bank.Open("Bob", 0)
	fmt.Println("Welcome to", bank.Name)

	if err := bob.Withdraw(10); err != nil {
		fmt.Println("Error:", err)
		fmt.Println("insufficient?", errors.Is(err, ErrInsufficientFunds))
	}
	if err := alice.Deposit(-5); err != nil {
		fmt.Println("Error:", err, errors.Is(err, ErrInvalidAmount))
	}
	fmt.Println(bank.Transfer(alice.Number, bob.Number, 125.50))
	fmt.Println(bank.Transfer(bob.Number, 9999, 1))
	err := bank.Transfer(bob.Number, alice.Number, 1000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficientFunds), errors.Unwrap(errors.Unwrap(err)) == ErrInsufficientFunds)

	for i := 0; i < 3; i++ {
		alice.Withdraw(float64(i+1) * 10)
	}
	fmt.Println(alice)
	fmt.Println(*bob)
	for i, t := range alice.transactions {
		fmt.Printf("%2d. %-8s %8.2f\n", i+1, t.Type, t.Amount)
	}
	total := 0.0
	for _, id := range []int{1001, 1002} {
		total += bank.accounts[id].Balance()
	}
	fmt.Printf("Total deposits: $%.2f\n", total)
	interest := func(a *Account, rate float64, years int) float64 {
		b := a.Balance()
		for y := 0; y < years; y++ {
			b *= 1 + rate
		}
		return b
	}
	fmt.Printf("Alice in 5 years at 3%%: $%.2f\n", interest(alice, 0.03, 5))
}
