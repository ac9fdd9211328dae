package main

import (
	"errors"
	"fmt"
	"os"
)

type Bitcoin int

func (b Bitcoin) String() string { return fmt.Sprintf("%d BTC", int(b)) }

type Wallet struct{ balance Bitcoin }

var ErrInsufficientFunds = errors.New("cannot withdraw, insufficient funds")

func (w *Wallet) Withdraw(amount Bitcoin) error {
	if amount > w.balance {
		return ErrInsufficientFunds
	}
	w.balance -= amount
	return nil
}

func mustWithdraw(w *Wallet, amount Bitcoin) {
	if err := w.Withdraw(amount); err != nil {
		fmt.Printf("fatal: withdraw %v: %v\n", amount, err)
		os.Exit(3)
	}
	fmt.Println("withdrew", amount, "left", w.balance)
}

func main() {
	defer fmt.Println("deferred: must not print after os.Exit")
	w := &Wallet{balance: 10}
	mustWithdraw(w, 4)
	mustWithdraw(w, 6)
	mustWithdraw(w, 1)
	fmt.Println("unreachable")
}
