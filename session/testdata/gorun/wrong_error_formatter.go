package main

import (
	"errors"
	"fmt"
	"io"
)

type StackErr struct {
	msg   string
	stack []string
}

func (e *StackErr) Error() string { return e.msg }

func (e *StackErr) Format(s fmt.State, verb rune) {
	io.WriteString(s, e.msg)
	if verb == 'v' && s.Flag('+') {
		for _, f := range e.stack {
			fmt.Fprintf(s, "\n\tat %s", f)
		}
	}
}

type Code int

func (c Code) Error() string    { return fmt.Sprintf("code %d", int(c)) }
func (c Code) GoString() string { return fmt.Sprintf("Code(%d)", int(c)) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

func describe(err error) string { return fmt.Sprintf("%+v", err) }

func main() {
	var err error = &StackErr{"disk full", []string{"save", "main"}}
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Printf("%+v\n", err)
	fmt.Println(describe(err))
	fmt.Println(describe(errors.New("plain")))

	var c error = Code(7)
	fmt.Printf("%v %#v\n", c, c)

	var s fmt.Stringer = Both{}
	fmt.Println(s)
	fmt.Printf("%v %s\n", s, s)

	var none error
	fmt.Printf("%v %+v\n", none, none)
}
