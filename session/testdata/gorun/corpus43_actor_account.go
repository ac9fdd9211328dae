package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type op struct {
	amount int
	reply  chan error
}

// Account owns its balance inside one goroutine; others talk to it by message.
type Account struct {
	ops     chan op
	balance chan chan int
}

func NewAccount(initial int) *Account {
	a := &Account{ops: make(chan op), balance: make(chan chan int)}
	go func() {
		bal := initial
		for {
			select {
			case o, ok := <-a.ops:
				if !ok {
					return
				}
				if bal+o.amount < 0 {
					o.reply <- fmt.Errorf("withdraw %d from %d: %w", -o.amount, bal, ErrInsufficient)
					continue
				}
				bal += o.amount
				o.reply <- nil
			case r := <-a.balance:
				r <- bal
			}
		}
	}()
	return a
}

func (a *Account) Apply(amount int) error {
	r := make(chan error)
	a.ops <- op{amount, r}
	return <-r
}

func (a *Account) Balance() int {
	r := make(chan int)
	a.balance <- r
	return <-r
}

func main() {
	acct := NewAccount(100)
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			acct.Apply(n)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance:", acct.Balance())

	err := acct.Apply(-500)
	fmt.Println("error:", err)
	fmt.Println("insufficient:", errors.Is(err, ErrInsufficient))
	fmt.Println("withdraw 55:", acct.Apply(-55))
	fmt.Println("balance:", acct.Balance())
}
