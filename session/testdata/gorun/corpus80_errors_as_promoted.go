package main

import (
	"errors"
	"fmt"
)

type baseErr struct{ code int }

func (b baseErr) Error() string { return fmt.Sprintf("code %d", b.code) }

type NotFound struct {
	baseErr
	Key string
}

func find(k string) error {
	if k == "" {
		return NotFound{baseErr{404}, "empty"}
	}
	return nil
}

func main() {
	err := fmt.Errorf("lookup: %w", find(""))
	fmt.Println(err)
	var nf NotFound
	if errors.As(err, &nf) {
		fmt.Println("not found:", nf.Key, nf.code)
	}
	var be baseErr
	fmt.Println(errors.As(err, &be))
}
