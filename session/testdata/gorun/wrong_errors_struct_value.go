package main

import (
	"errors"
	"fmt"
)

type parseError struct {
	Line int
	Msg  string
}

func (e parseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func main() {
	err := fmt.Errorf("read: %w", parseError{3, "bad token"})
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err) == parseError{3, "bad token"})
}
