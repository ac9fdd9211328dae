package main

import "fmt"

type Bitcoin float64

type Wallet struct {
	owner   string
	balance Bitcoin
}

func (w Wallet) DepositByValue(amount Bitcoin) {
	w.balance += amount
	fmt.Printf("  inside value receiver: %.1f\n", w.balance)
}

func (w *Wallet) Deposit(amount Bitcoin) {
	w.balance += amount
}

func (w *Wallet) Rename(name string) *Wallet {
	w.owner = name
	return w
}

func topUp(w *Wallet, times int) {
	for i := 0; i < times; i++ {
		w.Deposit(0.5)
	}
}

func main() {
	w := Wallet{owner: "alice"}
	w.DepositByValue(10)
	fmt.Printf("after value deposit: %.1f\n", w.balance)
	w.Deposit(10)
	fmt.Printf("after pointer deposit: %.1f\n", w.balance)

	topUp(&w, 4)
	fmt.Printf("after top up: %.1f\n", w.balance)

	p := &w
	p.Rename("bob").Deposit(1)
	fmt.Println(w.owner, w.balance, p.owner == w.owner)

	var nilWallet *Wallet
	fmt.Println(nilWallet == nil)
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	wallets := []Wallet{{owner: "x"}, {owner: "y"}}
	for i := range wallets {
		wallets[i].Deposit(Bitcoin(i + 1))
	}
	for _, wl := range wallets {
		wl.Deposit(100) // copy, no effect on slice
	}
	fmt.Printf("%+v\n", wallets)
	nilWallet.Deposit(1)
	fmt.Println("unreachable")
}
