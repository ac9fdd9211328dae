package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Deposit(n int) { a.Balance += n }
func (a Account) Report() string { return fmt.Sprintf("%s:%d", a.Owner, a.Balance) }

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

func apply(fs []func(int), v int) {
	for _, f := range fs {
		f(v)
	}
}

func main() {
	acc := &Account{Owner: "ann"}
	dep := acc.Deposit // method value bound to acc
	dep(10)
	dep(5)
	fmt.Println(acc.Report())

	report := acc.Report // receiver copied now (value method via pointer)
	acc.Deposit(100)
	fmt.Println(report(), acc.Report())

	b := &Account{Owner: "bob"}
	apply([]func(int){acc.Deposit, b.Deposit, b.Deposit}, 1)
	fmt.Println(acc.Report(), b.Report())

	p := Point{1, 2}
	addP := p.Add
	p = Point{100, 100}
	fmt.Println(addP(Point{10, 10}))

	scale := p.Scale // &p taken here
	scale(2)
	fmt.Println(p)

	words := []string{"go", "Rust", "c", "Zig"}
	lower := strings.ToLower
	sort.Slice(words, func(i, j int) bool { return lower(words[i]) < lower(words[j]) })
	fmt.Println(words)

	var sb strings.Builder
	write := sb.WriteString
	for _, w := range words {
		write(w)
		write(";")
	}
	fmt.Println(sb.String())

	handlers := map[string]func() string{"ann": acc.Report, "bob": b.Report}
	keys := []string{"bob", "ann"}
	for _, k := range keys {
		fmt.Println(k, "=>", handlers[k]())
	}
	fmt.Printf("%T\n", dep)
}
