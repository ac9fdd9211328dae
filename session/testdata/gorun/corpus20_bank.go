package main

import (
	"errors"
	"fmt"
)

type Account struct {
	Owner   string
	Balance float64
	History []string
}

var ErrInsufficient = errors.New("insufficient funds")

func (a *Account) Deposit(amt float64) error {
	if amt <= 0 {
		return fmt.Errorf("deposit %.2f: amount must be positive", amt)
	}
	a.Balance += amt
	a.History = append(a.History, fmt.Sprintf("+%.2f", amt))
	return nil
}

func (a *Account) Withdraw(amt float64) error {
	if amt > a.Balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amt, a.Owner, ErrInsufficient)
	}
	a.Balance -= amt
	a.History = append(a.History, fmt.Sprintf("-%.2f", amt))
	return nil
}

func Transfer(from, to *Account, amt float64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %w", err)
		}
	}()
	if err = from.Withdraw(amt); err != nil {
		return
	}
	return to.Deposit(amt)
}

func main() {
	alice := &Account{Owner: "alice"}
	bob := &Account{Owner: "bob", Balance: 50}
	err := alice.Deposit(100)
	fmt.Println("deposit:", err, alice.Balance)
	err = alice.Deposit(-5)
	fmt.Println("deposit:", err)
	err = Transfer(alice, bob, 30)
	fmt.Println("transfer:", err, alice.Balance, bob.Balance)
	err = Transfer(bob, alice, 500)
	fmt.Println("transfer:", err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))
	accounts := []*Account{alice, bob}
	total := 0.0
	for _, a := range accounts {
		total += a.Balance
	}
	fmt.Printf("total %.2f\n", total)
	fmt.Println(alice.History, bob.History)
	snapshot := *alice
	alice.Deposit(1)
	fmt.Println(snapshot.Balance, alice.Balance, len(snapshot.History), len(alice.History))
	fmt.Printf("%+v\n", snapshot)
	type summary struct {
		Name string
		Bal  float64
	}
	var sums []summary
	for _, a := range accounts {
		sums = append(sums, summary{a.Owner, a.Balance})
	}
	fmt.Printf("%v\n%+v\n", sums, sums[0])
	if bal := bob.Balance; bal > 60 {
		fmt.Println("bob rich", bal)
	} else if bal > 0 {
		fmt.Println("bob ok", bal)
	}
	var acct *Account
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	fmt.Println(acct.Balance)
}
