package main

import (
	"fmt"
	"sort"
	"strings"
)

// Money has String on the value receiver: every form prints through it.
type Money struct {
	Cents int64
}

func (m Money) String() string {
	return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100)
}

// Account has String on the pointer receiver: only *Account prints through it.
type Account struct {
	Owner   string
	Balance Money
}

func (a *Account) String() string {
	return fmt.Sprintf("<%s %v>", a.Owner, a.Balance)
}

type Ledger struct {
	Name     string
	Accounts []*Account
	Totals   map[string]Money
	Primary  Account
	Backup   *Account
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

func main() {
	m := Money{12345}
	fmt.Println(m, &m)
	fmt.Printf("%v %s %d %+v %#v\n", m, m, m, m, m)

	a := Account{"ann", Money{500}}
	fmt.Println(a)  // value: String not used
	fmt.Println(&a) // pointer: String used
	fmt.Printf("%v | %+v | %s\n", a, a, &a)

	accts := []*Account{{"bob", Money{99}}, {"cy", Money{100001}}}
	fmt.Println(accts)
	vals := []Account{*accts[0], *accts[1]}
	fmt.Println(vals)
	fmt.Printf("%+v\n", vals)

	totals := map[string]Money{"usd": {250}, "eur": {7}}
	fmt.Println(totals)
	fmt.Printf("%v %+v\n", totals, totals)

	byName := map[string]*Account{"b": accts[0], "a": &a}
	fmt.Println(byName)

	l := Ledger{Name: "main", Accounts: accts, Totals: totals, Primary: a, Backup: &a}
	fmt.Printf("%v\n", l)
	fmt.Printf("%+v\n", l)

	colors := []Color{Blue, Red, Green}
	sort.Slice(colors, func(i, j int) bool { return colors[i] < colors[j] })
	fmt.Println(colors)
	fmt.Printf("%v %d %s %q %x\n", colors, colors, colors, colors, colors)
	fmt.Printf("%v %d %#v %T\n", Blue, Blue, Blue, Blue)
	cm := map[Color]int{Blue: 3, Red: 1}
	fmt.Println(cm)

	var sb strings.Builder
	fmt.Fprint(&sb, Green, " ", m, " ", &a)
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprint("x", Red, 1, 2, "y"))

	arr := [2]Money{{1}, {2}}
	fmt.Println(arr, []any{m, &a, a, Blue, nil})
}
