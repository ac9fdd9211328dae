package main

import (
	"errors"
	"fmt"
)

type Bitcoin int

func (b Bitcoin) String() string { return fmt.Sprintf("%d BTC", int(b)) }

var ErrInsufficientFunds = errors.New("insufficient funds")

type WithdrawError struct {
	Requested Bitcoin
	Available Bitcoin
}

func (e *WithdrawError) Error() string {
	return fmt.Sprintf("requested %s, only %s available", e.Requested, e.Available)
}

func (e *WithdrawError) Unwrap() error { return ErrInsufficientFunds }

type Wallet struct{ balance Bitcoin }

func (w *Wallet) Withdraw(amount Bitcoin) error {
	if amount > w.balance {
		return &WithdrawError{Requested: amount, Available: w.balance}
	}
	w.balance -= amount
	return nil
}

func transfer(from, to *Wallet, amount Bitcoin) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer of %v failed: %w", amount, err)
	}
	to.balance += amount
	return nil
}

func main() {
	a, b := &Wallet{50}, &Wallet{}
	fmt.Println(transfer(a, b, 20), a.balance, b.balance)

	err := transfer(a, b, 100)
	fmt.Println(err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficientFunds))

	var we *WithdrawError
	if errors.As(err, &we) {
		fmt.Println("requested:", we.Requested, "available:", we.Available)
	}
	fmt.Println("unwrapped:", errors.Unwrap(err))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrInsufficientFunds)

	joined := errors.Join(ErrInsufficientFunds, errors.New("second"))
	fmt.Printf("%q %v\n", joined.Error(), errors.Is(joined, ErrInsufficientFunds))
	fmt.Printf("%T\n", err)
}
