package main

import (
	"fmt"
	"sync"
)

type withdrawal struct {
	amount int
	ok     chan bool
}

var deposits = make(chan int)
var balances = make(chan int)
var withdrawals = make(chan withdrawal)

func Deposit(amount int) { deposits <- amount }
func Balance() int       { return <-balances }
func Withdraw(amount int) bool {
	ok := make(chan bool)
	withdrawals <- withdrawal{amount, ok}
	return <-ok
}

func teller() {
	var balance int
	for {
		select {
		case amount := <-deposits:
			balance += amount
		case w := <-withdrawals:
			if w.amount > balance {
				w.ok <- false
				continue
			}
			balance -= w.amount
			w.ok <- true
		case balances <- balance:
		}
	}
}

func main() {
	go teller()
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			Deposit(n * 10)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance:", Balance())
	fmt.Println(Withdraw(500), Balance())
	fmt.Println(Withdraw(100), Balance())
	var mu sync.Mutex
	results := map[bool]int{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := Withdraw(20)
			mu.Lock()
			results[ok]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(results[true], results[false], Balance())
}
