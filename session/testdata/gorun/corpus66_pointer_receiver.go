package main

import (
	"errors"
	"fmt"
)

type NotFoundError struct {
	Resource string
	ID       int
}

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("%s %d not found", e.Resource, e.ID)
}

func find(id int) error {
	if id > 10 {
		return &NotFoundError{Resource: "order", ID: id}
	}
	return nil
}

// The classic trap: a typed nil pointer stored in an error interface.
func findBad(id int) error {
	var p *NotFoundError
	if id > 10 {
		p = &NotFoundError{"order", id}
	}
	return p
}

func main() {
	err := find(42)
	var nf *NotFoundError
	if errors.As(err, &nf) {
		fmt.Println("as:", nf.Resource, nf.ID)
	}
	fmt.Println(err)
	fmt.Printf("%v | %T\n", err, err)

	fmt.Println("find(3) == nil:", find(3) == nil)
	fmt.Println("findBad(3) == nil:", findBad(3) == nil)
	e := findBad(3)
	fmt.Printf("%T %v\n", e, e.(*NotFoundError) == nil)

	w := fmt.Errorf("lookup: %w", find(99))
	fmt.Println(errors.As(w, &nf), nf.ID)
	fmt.Println(errors.Unwrap(w) == error(nf))
}
