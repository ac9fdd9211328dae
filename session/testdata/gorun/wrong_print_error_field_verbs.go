package main

import (
	"errors"
	"fmt"
)

// pair has two fields: held in an error inside a struct or slice, %#v
// printed only the last of them, silently.
type pair struct{ N, M int }

func (p pair) Error() string { return "pair" }

type ptrErr struct{ Msg string }

func (p *ptrErr) Error() string { return p.Msg }

type code int

func (c code) Error() string { return fmt.Sprint("code ", int(c)) }

type named struct{ ID int }

func (n named) String() string { return "named" }

type Result struct {
	Name string
	Err  error
	Who  fmt.Stringer
}

func main() {
	r := Result{"a", pair{4, 5}, named{9}}
	fmt.Printf("%v|%+v|%#v\n", r, r, r)
	fmt.Printf("%d\n", r)
	r2 := Result{"b", &ptrErr{"boom"}, nil}
	fmt.Printf("%v|%#v\n", r2, r2.Err)
	r3 := Result{Err: code(3)}
	fmt.Printf("%v|%+v|%#v|%d\n", r3, r3, r3, r3)
	errs := []error{pair{1, 2}, code(7), nil}
	fmt.Println(errors.New("plain"))
	fmt.Printf("%v\n%#v\n", errs, errs)
	m := map[string]error{"x": pair{7, 8}}
	fmt.Printf("%v %#v\n", m, m)
}
