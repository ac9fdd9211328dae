package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Money{Cents:%d Currency:%s}", m.Cents, m.Currency)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "main.Money{%d, %q}", m.Cents, m.Currency)
			return
		}
		fallthrough
	case 's':
		s := fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Currency)
		if w, ok := f.Width(); ok && len(s) < w {
			pad := strings.Repeat(" ", w-len(s))
			if f.Flag('-') {
				s += pad
			} else {
				s = pad + s
			}
		}
		io.WriteString(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.Cents)
	}
}

type StackErr struct {
	msg   string
	stack []string
}

func (e *StackErr) Error() string { return e.msg }

func (e *StackErr) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v':
		if s.Flag('+') {
			io.WriteString(s, e.msg)
			for _, fr := range e.stack {
				fmt.Fprintf(s, "\n\tat %s", fr)
			}
			return
		}
		io.WriteString(s, e.msg)
	case 's':
		io.WriteString(s, e.msg)
	case 'q':
		fmt.Fprintf(s, "%q", e.msg)
	}
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("[%v]\n[%+v]\n[%#v]\n[%s]\n[%d]\n[%x]\n", m, m, m, m, m, m)
	fmt.Printf("[%15s]\n[%-15v]|\n", m, m)
	fmt.Println(m, []Money{{5, "USD"}, {100, "GBP"}})
	fmt.Println(fmt.Sprint(m) == fmt.Sprintf("%v", m))

	var err error = &StackErr{"disk full", []string{"main.save", "main.main"}}
	fmt.Printf("%v\n", err)
	fmt.Printf("%+v\n", err)
	fmt.Printf("%q\n", err)
	wrapped := fmt.Errorf("saving: %w", err)
	fmt.Printf("%v\n", wrapped)
	var se *StackErr
	fmt.Println(errors.As(wrapped, &se), len(se.stack))
}
