package main

import (
	"errors"
	"fmt"
)

// A map keyed by error, with errors of a type the program declares as
// keys: the interpreter keys them by a wrapper it cannot hash.
type codeErr struct{ msg string }

func (e codeErr) Error() string { return e.msg }

var (
	errGone   = codeErr{"gone"}
	errBroken = errors.New("broken")
)

func main() {
	fmt.Println("status table")
	status := map[error]int{errGone: 410, errBroken: 500}
	fmt.Println(status[codeErr{"gone"}], status[errBroken], len(status))
}
