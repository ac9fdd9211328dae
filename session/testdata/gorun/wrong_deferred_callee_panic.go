package main

import (
	"errors"
	"fmt"
)

// A deferred call whose callee panics, with other deferred calls of its
// function still to run: Go runs them, and the first one's recover
// catches the panic. The interpreter skipped them and let the panic out.
func cleanup(name string) {
	if name == "db" {
		panic("cleanup " + name + " failed")
	}
	fmt.Println("cleaned", name)
}

func work() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("work: %v", r)
		}
	}()
	defer cleanup("cache")
	defer cleanup("db")
	defer cleanup("files")
	panic(errors.New("original"))
}

func main() {
	fmt.Println(work())
	fmt.Println("after work")
}
