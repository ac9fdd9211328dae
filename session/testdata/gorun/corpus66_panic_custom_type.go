package main

import (
	"fmt"
	"os"
)

type InvariantError struct {
	Where string
	Want  int
	Got   int
}

func (e InvariantError) Error() string {
	return fmt.Sprintf("invariant broken in %s: want %d, got %d", e.Where, e.Want, e.Got)
}

type account struct{ balance int }

func (a *account) withdraw(n int) {
	before := a.balance
	a.balance -= n
	if a.balance < 0 {
		panic(InvariantError{"withdraw", before - n + -a.balance, a.balance})
	}
}

func main() {
	a := &account{balance: 100}
	func() {
		defer func() {
			if r := recover(); r != nil {
				if ie, ok := r.(InvariantError); ok {
					fmt.Println("recovered:", ie.Where, ie.Got)
					a.balance = 0
				}
			}
		}()
		a.withdraw(30)
		fmt.Println("balance", a.balance)
		a.withdraw(100)
	}()
	fmt.Println("balance after recovery", a.balance)
	fmt.Fprintln(os.Stdout, "now crashing for real")
	a.withdraw(1)
}
