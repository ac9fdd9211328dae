// Library errors asserted to interface literals of the errors package's
// idioms (Unwrap() []error, Unwrap() error, Timeout() bool), beside cell
// types with and without the methods, and compared afterwards.
package main

import (
	"errors"
	"fmt"
	"os"
)

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

type unwrapper interface{ Unwrap() []error }

type single struct{}

func (single) Error() string { return "single" }

func main() {
	e := errors.Join(errors.New("a"), errors.New("b"))
	if u, ok := e.(interface{ Unwrap() []error }); ok {
		fmt.Println("joined", len(u.Unwrap()), u.Unwrap())
		fmt.Printf("%T %v|\n", u, u)
		for _, x := range u.Unwrap() {
			fmt.Println(" -", x)
		}
	}
	u2, ok2 := error(multi{[]error{errors.New("x")}}).(interface{ Unwrap() []error })
	fmt.Println(ok2, len(u2.Unwrap()))
	fmt.Printf("%T\n", u2)
	_, ok3 := error(single{}).(interface{ Unwrap() []error })
	fmt.Println(ok3)
	_, ok4 := errors.New("plain").(interface{ Unwrap() []error })
	fmt.Println(ok4)
	var nilErr error
	_, ok5 := nilErr.(interface{ Unwrap() []error })
	fmt.Println(ok5)
	w := fmt.Errorf("ctx: %w", os.ErrNotExist)
	if uw, ok := w.(interface{ Unwrap() error }); ok {
		fmt.Println("unwrap:", uw.Unwrap(), uw.Unwrap() == os.ErrNotExist)
	}
	w2 := fmt.Errorf("two: %w %w", os.ErrExist, os.ErrClosed)
	_, one := w2.(interface{ Unwrap() error })
	m2, many := w2.(interface{ Unwrap() []error })
	fmt.Println(one, many, len(m2.Unwrap()))
	_, err := os.Open("/nonexistent/x")
	_, isT := err.(interface{ Timeout() bool })
	fmt.Println(isT)
	nu, nok := e.(unwrapper)
	fmt.Println(nok, len(nu.Unwrap()))
	var any1 any = e
	au, aok := any1.(interface{ Unwrap() []error })
	fmt.Println(aok, len(au.Unwrap()))
	fmt.Println(au == any1, any(nu) == any(e), any(u2) == any(e), au != nil)
	var list []error
	for _, x := range []error{e, w, w2, single{}, multi{[]error{e}}} {
		if m, ok := x.(interface{ Unwrap() []error }); ok {
			list = append(list, m.Unwrap()...)
		} else if one, ok := x.(interface{ Unwrap() error }); ok {
			list = append(list, one.Unwrap())
		}
	}
	fmt.Println(len(list), list)
}
