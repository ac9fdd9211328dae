// A handbook's "putting it together" program: a bank with accounts,
// interfaces, errors, goroutines and a generic helper.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type AccountKind int

const (
	Checking AccountKind = iota
	Savings
)

func (k AccountKind) String() string {
	return [...]string{"checking", "savings"}[k]
}

type Account struct {
	mu      sync.Mutex
	Owner   string
	Kind    AccountKind
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

var ErrInsufficient = errors.New("insufficient funds")

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("%s: withdraw %d: %w", a.Owner, n, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func (a *Account) String() string {
	return fmt.Sprintf("%s/%v: %d", a.Owner, a.Kind, a.Balance())
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(owner string, kind AccountKind) *Account {
	a := &Account{Owner: owner, Kind: kind}
	b.accounts[owner] = a
	return a
}

func SortedBy[T any](xs []T, less func(a, b T) bool) []T {
	out := append([]T(nil), xs...)
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	ann := bank.Open("ann", Checking)
	ben := bank.Open("ben", Savings)

	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); ann.Deposit(i) }()
		go func() { defer wg.Done(); ben.Deposit(2) }()
	}
	wg.Wait()
	fmt.Println(ann)
	fmt.Println(ben)

	if err := ben.Withdraw(1000); err != nil {
		fmt.Println("error:", err)
		fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))
	}
	if err := ann.Withdraw(275); err == nil {
		fmt.Println("withdrew 275, left", ann.Balance())
	}

	var all []*Account
	for _, a := range bank.accounts {
		all = append(all, a)
	}
	for _, a := range SortedBy(all, func(x, y *Account) bool { return x.Balance() > y.Balance() }) {
		fmt.Printf("%-4s %-9v %5d\n", a.Owner, a.Kind, a.Balance())
	}
	var st fmt.Stringer = ann
	fmt.Println("as stringer:", st)
	fmt.Printf("%v\n", []fmt.Stringer{ann.Kind, ben.Kind})
}
