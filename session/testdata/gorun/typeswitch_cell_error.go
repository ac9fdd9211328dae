package main

import "fmt"

type timeout struct{ after int }

func (e *timeout) Error() string { return fmt.Sprint("timeout after ", e.after) }

type nf struct{ name string }

func (e nf) Error() string { return e.name }

func find(i int) error {
	if i == 0 {
		return &timeout{3}
	}
	return nf{"x"}
}

func main() {
	for i := 0; i < 2; i++ {
		switch e := find(i).(type) {
		case *timeout:
			fmt.Println("timeout", e.after)
		case nf:
			fmt.Println("nf", e.name)
		default:
			fmt.Println("other", e)
		}
	}
}
