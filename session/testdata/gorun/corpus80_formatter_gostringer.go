package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

// Format makes Money a fmt.Formatter: it sees every verb and flag.
func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %d.%02d", m.Currency, m.Cents/100, m.Cents%100)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "Money{%d, %q}", m.Cents, m.Currency)
			return
		}
		s := fmt.Sprintf("%d.%02d", m.Cents/100, m.Cents%100)
		if w, ok := f.Width(); ok && len(s) < w {
			s = strings.Repeat("_", w-len(s)) + s
		}
		f.Write([]byte(s))
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Point struct{ X, Y int }

func (p Point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Point) GoString() string { return fmt.Sprintf("Pt(%d, %d)", p.X, p.Y) }

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN"}

func (l Level) String() string {
	if l < 0 || int(l) >= len(levelNames) {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return levelNames[l]
}

type Secret string

func (Secret) String() string   { return "******" }
func (Secret) GoString() string { return `Secret("******")` }

type Config struct {
	User  string
	Pass  Secret
	Level Level
	At    Point
	Fee   Money
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("%v|%+v|%#v|%d|%x|%8v|\n", m, m, m, m, m, m)
	fmt.Println(m, []Money{{5, "USD"}, {100, "GBP"}})
	s := fmt.Sprint(m)
	fmt.Println(len(s), s)

	p := Point{1, -2}
	fmt.Printf("%v %+v %#v %s %d\n", p, p, p, p, p)
	ps := []Point{{0, 0}, {3, 4}}
	fmt.Printf("%v %#v\n", ps, ps)
	fmt.Printf("%v %d %x %q\n", Warn, Warn, Info, Debug)
	fmt.Println(Level(7), []Level{Info, Warn})
	fmt.Printf("%#v\n", Level(1))

	c := Config{"ann", "hunter2", Warn, Point{5, 6}, Money{99, "USD"}}
	fmt.Printf("%v\n%+v\n", c, c)
	fmt.Printf("%#v\n", c)
	fmt.Printf("%s\n", string(c.Pass))

	var st fmt.Stringer = c.Pass
	var gs fmt.GoStringer = p
	var fm fmt.Formatter = m
	fmt.Println(st, gs.GoString())
	fmt.Printf("%v %T\n", fm, fm)
	fmt.Printf("%6.2f|%-6d|%06d\n", 3.14159, Info, Warn)
}
