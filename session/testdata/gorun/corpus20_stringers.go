package main

import (
	"errors"
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Person struct {
	First, Last string
	Age         int
}

func (p Person) String() string { return p.First + " " + p.Last }
func (p Person) GoString() string {
	return fmt.Sprintf("Person(%q, %d)", p.First+" "+p.Last, p.Age)
}

type Money struct {
	Cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{Cents:%d}", m.Cents)
			return
		}
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type List []string

func (l List) String() string { return "[" + strings.Join(l, " | ") + "]" }

type Ptr struct{ n int }

func (p *Ptr) String() string { return fmt.Sprintf("Ptr<%d>", p.n) }

func lookup(k string) error {
	if k == "" {
		return nil
	}
	return NotFound{k}
}

func main() {
	t := Temp(21.456)
	fmt.Println(t)
	fmt.Printf("%v %s %.2f\n", t, t, float64(t))
	p := Person{"Ada", "Lovelace", 36}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%#v|%s\n", p, p, p, p)
	fmt.Println([]Person{p, {"Alan", "Turing", 41}})
	fmt.Println(map[string]Person{"x": p})
	m := Money{12345}
	fmt.Printf("%v %+v %d %x\n", m, m, m, m)
	fmt.Println(m)
	err := lookup("cfg")
	fmt.Println(err)
	fmt.Printf("%v %q\n", err, err)
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	fmt.Println(lookup("") == nil)
	fmt.Println(List{"a", "b", "c"})
	v := Ptr{5}
	fmt.Println(v, &v)
	fmt.Printf("%v %v\n", v, &v)
	wrapped := fmt.Errorf("loading: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, NotFound{"cfg"}))
	fmt.Printf("%s\n", []fmt.Stringer{t, p, List{"z"}})
}
