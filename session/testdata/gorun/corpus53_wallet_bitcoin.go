package main

import (
	"errors"
	"fmt"
)

type Bitcoin int

func (b Bitcoin) String() string {
	return fmt.Sprintf("%d BTC", b)
}

type Wallet struct {
	balance Bitcoin
}

var ErrInsufficientFunds = errors.New("cannot withdraw, insufficient funds")

func (w *Wallet) Deposit(amount Bitcoin) {
	w.balance += amount
}

func (w *Wallet) Withdraw(amount Bitcoin) error {
	if amount > w.balance {
		return ErrInsufficientFunds
	}
	w.balance -= amount
	return nil
}

func (w *Wallet) Balance() Bitcoin {
	return w.balance
}

func assertBalance(w Wallet, want Bitcoin) {
	got := w.Balance()
	if got != want {
		fmt.Printf("FAIL got %s want %s\n", got, want)
		return
	}
	fmt.Printf("balance ok: %s\n", got)
}

func assertError(got, want error) {
	if got == nil {
		fmt.Println("FAIL: didn't get an error but wanted one")
		return
	}
	if got != want {
		fmt.Printf("FAIL got %q want %q\n", got, want)
		return
	}
	fmt.Println("error ok:", got)
}

func main() {
	wallet := Wallet{}
	wallet.Deposit(Bitcoin(10))
	assertBalance(wallet, Bitcoin(10))

	wallet = Wallet{balance: Bitcoin(20)}
	err := wallet.Withdraw(Bitcoin(10))
	if err != nil {
		fmt.Println("unexpected error", err)
	}
	assertBalance(wallet, Bitcoin(10))

	startingBalance := Bitcoin(20)
	wallet = Wallet{startingBalance}
	err = wallet.Withdraw(Bitcoin(100))
	assertError(err, ErrInsufficientFunds)
	assertBalance(wallet, startingBalance)

	fmt.Printf("%v %s %d %+v\n", wallet.balance, wallet.balance, wallet.balance, wallet)
	fmt.Println(wallet.Balance())
}
