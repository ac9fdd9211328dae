package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func counter() (calls int, err error) {
	defer func() {
		calls++
		if err != nil {
			err = fmt.Errorf("counter: %w", err)
		}
	}()
	return 10, errors.New("overflow")
}

type resource struct{ name string }

func (r *resource) Close() error {
	if r.name == "bad" {
		return errors.New("close " + r.name + " failed")
	}
	fmt.Println("closed", r.name)
	return nil
}

func use(name string) (err error) {
	r := &resource{name}
	defer func() {
		if cerr := r.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	fmt.Println("using", name)
	return nil
}

func plain() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(double())
	fmt.Println(counter())
	fmt.Println(use("good"))
	fmt.Println(use("bad"))
	fmt.Println(plain())
}
