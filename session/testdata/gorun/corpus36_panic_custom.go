package main

import (
	"fmt"
	"os"
)

type ValidationError struct {
	Field string
	Code  int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", v.Field, v.Code)
}

type state struct{ step int }

func validate(age int) {
	if age < 0 {
		panic(ValidationError{"age", 42})
	}
	fmt.Println("age ok:", age)
}

func try(f func()) {
	defer func() {
		switch r := recover().(type) {
		case nil:
			fmt.Println("no panic")
		case ValidationError:
			fmt.Println("validation:", r.Field, r.Code, r)
		case error:
			fmt.Println("error:", r)
		case fmt.Stringer:
			fmt.Println("stringer:", r)
		default:
			fmt.Printf("other %T: %v\n", r, r)
		}
	}()
	f()
}

func main() {
	try(func() { validate(3) })
	try(func() { validate(-1) })
	try(func() { panic(fmt.Errorf("plain %d", 1)) })
	try(func() { panic(state{7}) })
	try(func() { panic(3.5) })
	try(func() {
		var a []int
		_ = a[5]
	})
	try(func() {
		var p *state
		fmt.Println(p.step)
	})
	fmt.Fprintln(os.Stdout, "about to panic for real")
	defer fmt.Println("deferred runs before crash")
	panic(ValidationError{"final", 7})
}
