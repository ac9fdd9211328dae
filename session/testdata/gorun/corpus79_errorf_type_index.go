package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	var err error = &NotFound{"k"}
	w := fmt.Errorf("%w (%[1]T)", err)
	fmt.Println(w)
	var nf *NotFound
	fmt.Println(errors.As(w, &nf), nf.Key, errors.Unwrap(w) == err)
	w2 := fmt.Errorf("%[1]T: %[1]w; %v", Code(3), "tail")
	fmt.Println(w2, errors.Is(w2, Code(3)))
	fmt.Printf("%v %[1]T %T\n", err, w2)
	fmt.Printf("%s|%[1]T|%v\n", Code(4), nf)
}
