package main

import (
	"fmt"
	"strings"
)

// fmt lets a Format method shape every verb, and a GoString method %#v,
// before String: both were ignored for cell types.

type Person struct {
	First, Last string
	Age         int
}

func (p Person) String() string { return p.First + " " + p.Last }
func (p Person) GoString() string {
	return fmt.Sprintf("Person(%q, %d)", p.First+" "+p.Last, p.Age)
}

type Money struct{ Cents int64 }

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{Cents:%d}", m.Cents)
			return
		}
		if w, ok := f.Width(); ok {
			fmt.Fprintf(f, "%s$%d", strings.Repeat("_", w), m.Cents/100)
			return
		}
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Bad struct{ n int }

func (b *Bad) Format(f fmt.State, c rune) {
	f.Write([]byte("partial"))
	panic("boom")
}

type Order struct {
	ID    int
	Total Money
	Buyer Person
}

func main() {
	p := Person{"Ada", "Lovelace", 36}
	fmt.Printf("%v|%+v|%#v|%s\n", p, p, p, p)
	fmt.Printf("%#v\n", []Person{p})
	var x any = p
	fmt.Printf("%#v %v\n", x, x)
	m := Money{12345}
	fmt.Printf("%v %+v %d %x %4v\n", m, m, m, m, m)
	fmt.Println(m, []Money{m, {5}})
	o := Order{7, m, p}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(fmt.Sprint(m) + "!")
	var nb *Bad
	fmt.Printf("%v|%v|%d\n", &Bad{1}, nb, Bad{2})
	fmt.Printf("%10v|\n", p)
}
