package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			result = -1
		}
	}()
	result = a / b
	return
}

func checkAge(age int) {
	if age < 0 {
		panic(ValidationError{"age", age})
	}
	fmt.Println("age ok:", age)
}

func tryCheck(age int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			if ve, ok := r.(ValidationError); ok {
				msg = "validation: " + ve.Error()
				return
			}
			panic(r)
		}
	}()
	checkAge(age)
	return "fine"
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprintf("outer caught %v", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re-panic of [%v]", r))
		}()
		panic("inner")
	}()
	return "unreachable"
}

func indexOut(i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	arr := []int{1, 2, 3}
	v = arr[i]
	return
}

var ErrEmpty = errors.New("empty stack")

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(tryCheck(30))
	fmt.Println(tryCheck(-5))
	fmt.Println(nested())
	fmt.Println(indexOut(1))
	fmt.Println(indexOut(5))

	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("is error:", ok, errors.Is(err, ErrEmpty), err)
		}()
		panic(fmt.Errorf("pop: %w", ErrEmpty))
	}()

	func() {
		defer func() {
			fmt.Println("recover returned:", recover())
			fmt.Println("second recover:", recover())
		}()
		var m map[string]int
		m["x"] = 1
	}()

	fmt.Println("recover outside panic:", recover())
	defer fmt.Println("deferred before final panic")
	panic(ValidationError{"score", 101})
}
