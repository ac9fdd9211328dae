package main

import "fmt"

// employee mimics a class with a constructor, since Go has no classes.
type employee struct {
	firstName   string
	lastName    string
	totalLeaves int
	leavesTaken int
}

func New(firstName string, lastName string, totalLeave int, leavesTaken int) employee {
	e := employee{firstName, lastName, totalLeave, leavesTaken}
	return e
}

func (e employee) LeavesRemaining() {
	fmt.Printf("%s %s has %d leaves remaining\n", e.firstName, e.lastName, (e.totalLeaves - e.leavesTaken))
}

type Stack[T any] struct {
	items []T
}

func NewStack[T any]() *Stack[T] {
	return &Stack[T]{}
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

type account struct {
	owner   string
	balance float64
}

func NewAccount(owner string) *account {
	return &account{owner: owner}
}

func (a *account) Deposit(amt float64) *account {
	a.balance += amt
	return a
}

func (a *account) Withdraw(amt float64) error {
	if amt > a.balance {
		return fmt.Errorf("insufficient funds: have %.2f, need %.2f", a.balance, amt)
	}
	a.balance -= amt
	return nil
}

func main() {
	e := New("Sam", "Adolf", 30, 20)
	e.LeavesRemaining()

	var zero employee
	zero.LeavesRemaining()

	s := NewStack[string]()
	s.Push("a")
	s.Push("b")
	s.Push("c")
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println("pop on empty:", ok)

	acc := NewAccount("ann").Deposit(50).Deposit(25.5)
	fmt.Printf("%s has %.2f\n", acc.owner, acc.balance)
	if err := acc.Withdraw(100); err != nil {
		fmt.Println("error:", err)
	}
	if err := acc.Withdraw(10); err == nil {
		fmt.Printf("after withdraw: %.2f\n", acc.balance)
	}
}
