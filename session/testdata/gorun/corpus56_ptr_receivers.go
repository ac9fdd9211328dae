package main

import "fmt"

type Account struct {
	Owner   string
	Balance float64
	History []string
}

func (a *Account) Deposit(x float64) {
	a.Balance += x
	a.History = append(a.History, fmt.Sprintf("+%.2f", x))
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s: %.2f (%d ops)", a.Owner, a.Balance, len(a.History))
}

func (a *Account) String() string { return "Account<" + a.Owner + ">" }

type Bank struct {
	Name     string
	Accounts map[string]*Account
}

func main() {
	acc := Account{Owner: "ann"}
	acc.Deposit(10)
	acc.Deposit(2.5)
	fmt.Println(acc.Summary())
	fmt.Println(acc.History)
	fmt.Printf("%v\n", acc)
	fmt.Printf("%+v\n", acc)
	fmt.Printf("%v\n", &acc)
	fmt.Printf("%s\n", &acc)
	fmt.Println(&acc, acc.Owner)

	b := Bank{Name: "First", Accounts: map[string]*Account{}}
	b.Accounts["ann"] = &acc
	b.Accounts["bob"] = &Account{Owner: "bob", Balance: 5}
	b.Accounts["bob"].Deposit(1)
	fmt.Println(b.Accounts["bob"].Summary())
	fmt.Println(b.Accounts["ann"], b.Accounts["bob"])
	fmt.Println(len(b.Accounts), b.Name)

	list := []Account{{Owner: "x"}, {Owner: "y"}}
	for i := range list {
		list[i].Deposit(float64(i + 1))
	}
	for _, a := range list {
		fmt.Println(a.Summary())
	}
	fmt.Printf("%v\n", list)
	ptrs := []*Account{&list[0], &list[1]}
	fmt.Println(ptrs)
	fmt.Printf("%v\n", ptrs)
	f := acc.Summary
	acc.Deposit(100)
	fmt.Println(f())
	g := (*Account).Deposit
	g(&acc, 1)
	fmt.Println(acc.Summary())
	h := Account.Summary
	fmt.Println(h(acc))
}
