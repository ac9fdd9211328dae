package main

import (
	"fmt"
	"os"
)

// A deferred call of a function variable assigned again after the defer
// called the new function (the interpreter read the variable when the
// function returned), and a deferred call of a closure made in the same
// function, or a deferred literal calling one, hung.

type file struct{ name string }

func (f *file) Close() error {
	fmt.Println("close", f.name)
	return nil
}

func open(name string) (*file, error) { return &file{name}, nil }

func work() {
	f, err := open("first")
	if err != nil {
		return
	}
	defer f.Close()
	f, _ = open("second")
	closeIt := f.Close
	defer closeIt()
	closeIt = nil
	cleanup := func() { fmt.Println("cleanup") }
	defer cleanup()
	cleanup = func() { fmt.Println("not this one") }
	count := 0
	bump := func() { count++ }
	defer func() {
		bump()
		fmt.Println("count at return", count)
	}()
	bump()
	apply := func(g func()) { g() }
	defer apply(func() { fmt.Println("deferred argument literal") })
	fmt.Println("working with", f.name)
}

func main() {
	work()
	h := func() { fmt.Println("never: os.Exit runs no deferred call") }
	defer h()
	fmt.Println("exiting")
	os.Exit(3)
}
