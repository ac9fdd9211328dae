package main

import "fmt"

type Money struct{ Cents int64 }

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Account struct {
	Owner   string
	Balance Money
}

func (a *Account) String() string { return "<" + a.Owner + ">" }

type Ledger struct {
	Primary Account
	List    []Account
	Ptrs    []*Account
	ByName  map[string]Account
	Arr     [1]Account
}

func main() {
	a := Account{"ann", Money{500}}
	l := Ledger{Primary: a, List: []Account{a}, Ptrs: []*Account{&a}, ByName: map[string]Account{"a": a}, Arr: [1]Account{a}}
	fmt.Println(l)
	fmt.Println(&l)
	fmt.Printf("%+v\n", &l)
	vals := []Account{a, {"bo", Money{1}}}
	fmt.Println(&vals, vals, &vals[0])
	arr := [2]Account{a}
	fmt.Println(arr, &arr)
	m := map[string]Account{"x": a}
	fmt.Println(m, &m)
	type wrap struct{ A *Account }
	fmt.Println(wrap{&a}, &wrap{&a}, []wrap{{nil}})
}
