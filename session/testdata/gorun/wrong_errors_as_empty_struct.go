package main

import (
	"errors"
	"fmt"
)

// errors.As with a target of an interface written in a program, where the
// error in the chain is of a struct type without fields.

type timeoutErr struct{}

func (timeoutErr) Error() string { return "timed out" }
func (timeoutErr) Timeout() bool { return true }

type timeouter interface{ Timeout() bool }

func main() {
	err := fmt.Errorf("fetch: %w", timeoutErr{})
	var te timeouter
	fmt.Println(errors.As(err, &te), te != nil && te.Timeout())
	var lit interface{ Timeout() bool }
	fmt.Println(errors.As(errors.Join(errors.New("a"), err), &lit), lit)
	var none timeouter
	fmt.Println(errors.As(errors.New("plain"), &none), none == nil)
}
