package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (e ValidationError) Error() string { return fmt.Sprintf("invalid %s: %d", e.Field, e.Value) }

type Level struct{ n int }

func (l Level) String() string { return [...]string{"low", "high"}[l.n] }

type CodeError struct{ Code int }

func (e *CodeError) Error() string { return fmt.Sprint("code ", e.Code) }

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%v (%T)\n", r, r)
		switch x := r.(type) {
		case ValidationError:
			fmt.Println("  validation of", x.Field)
		case Level:
			fmt.Println("  level", x.n)
		case *CodeError:
			fmt.Println("  code", x.Code)
		}
		if err, ok := r.(error); ok {
			var ve ValidationError
			fmt.Println("  errors.As:", errors.As(err, &ve), ve.Field)
		}
	}()
	f()
}

func check(age int) {
	if age < 0 {
		panic(ValidationError{"age", age})
	}
}

func main() {
	try(func() { check(-3) })
	try(func() { panic(Level{1}) })
	try(func() { panic(&CodeError{404}) })
	levels := []Level{{0}, {1}}
	try(func() { panic(levels[1]) })
	defer fmt.Println("deferred before the panic")
	panic(ValidationError{"score", 101})
}
