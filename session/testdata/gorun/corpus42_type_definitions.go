package main

import (
	"fmt"
	"strings"
)

// A defined type has its own method set and is distinct from its underlying type.
type Miles float64
type Kilometers float64

func (m Miles) ToKm() Kilometers { return Kilometers(m * 1.609344) }

// An alias is just another name for the same type.
type Text = string

type Status int

const (
	Pending Status = iota + 1
	Active
	Closed
)

var statusNames = map[Status]string{Pending: "pending", Active: "active", Closed: "closed"}

func (s Status) String() string {
	if n, ok := statusNames[s]; ok {
		return n
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Grid [2][2]int

func (g Grid) Sum() (s int) {
	for _, row := range g {
		for _, v := range row {
			s += v
		}
	}
	return
}

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) { inv[item] += n }

func main() {
	m := Miles(26.2)
	fmt.Printf("%.2f miles = %.2f km\n", m, m.ToKm())
	fmt.Printf("%T %T\n", m, m.ToKm())

	var t Text = "alias"
	var s string = t
	fmt.Printf("%T %v\n", t, s)

	// Conversion is needed between defined types with the same underlying type.
	km := Kilometers(m)
	fmt.Println(km, float64(km) == float64(m))

	fmt.Println(Pending, Active, Closed, Status(9))
	fmt.Printf("%v %d %s %q\n", Active, Active, Closed, Pending)
	statuses := []Status{Closed, Pending}
	fmt.Println(statuses)

	shout := Handler(func(s string) string { return strings.ToUpper(s) + "!" })
	fmt.Println(shout.Twice("hey"))

	g := Grid{{1, 2}, {3, 4}}
	fmt.Println(g.Sum(), g)

	inv := Inventory{}
	inv.Add("apple", 3)
	inv.Add("apple", 2)
	inv.Add("pear", 1)
	fmt.Println(inv)

	// Untyped constants convert implicitly; typed values do not.
	var d Miles = 5
	d = d * 2
	fmt.Println(d)

	type local struct{ A int }
	type other struct{ A int }
	l := local{1}
	o := other(l)
	fmt.Printf("%+v %T %T\n", o, l, o)
}
