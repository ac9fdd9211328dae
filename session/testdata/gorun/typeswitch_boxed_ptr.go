package main

import (
	"fmt"
	"strconv"
)

type timeout struct{ after int }

func (e *timeout) Error() string { return fmt.Sprint("timeout after ", e.after) }

type notFound struct{ name string }

func (e *notFound) Error() string { return e.name + " not found" }

type code int

func (c code) Error() string { return "code " + strconv.Itoa(int(c)) }

func find(i int) error {
	switch i {
	case 0:
		return &timeout{3}
	case 1:
		return &notFound{"key"}
	case 2:
		return code(7)
	case 3:
		return fmt.Errorf("plain")
	}
	return nil
}

func main() {
	for i := 0; i < 5; i++ {
		err := find(i)
		switch e := err.(type) {
		case *timeout:
			fmt.Println("timeout", e.after)
		case *notFound:
			fmt.Println("not found", e.name)
		case code:
			fmt.Println("code", int(e)+1)
		case nil:
			fmt.Println("no error")
		default:
			fmt.Println("other", e)
		}
	}
}
