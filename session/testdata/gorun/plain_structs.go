package main

import (
	"fmt"
	"sort"
	"strings"
)

type account struct {
	owner   string
	balance int
}

func (a *account) deposit(amount int) {
	a.balance += amount
}

func richest(accounts []*account) *account {
	sort.Slice(accounts, func(i, j int) bool { return accounts[i].balance > accounts[j].balance })
	return accounts[0]
}

func main() {
	accounts := []*account{{"ann", 10}, {"bob", 25}, {"cy", 5}}
	accounts[2].deposit(40)
	top := richest(accounts)
	fmt.Println(strings.ToUpper(top.owner), top.balance)
	totals := map[string]int{}
	for _, a := range accounts {
		totals[a.owner[:1]] += a.balance
	}
	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, totals[k])
	}
	fmt.Println()
}
