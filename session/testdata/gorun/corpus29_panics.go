package main

import (
	"errors"
	"fmt"
)

type Shark struct {
	Name string
}

func (s *Shark) SayHello() {
	fmt.Println("Hi! My name is", s.Name)
}

func divide(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	res = a / b
	return
}

func safeIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return s[i], nil
}

func callNil() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered from: ", r)
		}
	}()
	var s *Shark
	s.SayHello()
	return "unreachable"
}

func customPanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	panic(errors.New("custom error value"))
}

func main() {
	fmt.Println(divide(10, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(safeIndex([]int{1, 2, 3}, 5))
	fmt.Println(callNil())
	fmt.Println(customPanic())

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		var m map[string]int
		m["x"] = 1
	}()

	func() {
		defer func() {
			fmt.Println("recover returns nil here:", recover())
		}()
	}()

	defer fmt.Println("deferred before the panic runs")
	names := []string{"lobster", "sea urchin", "sea cucumber"}
	fmt.Println("My favorite sea creature is:", names[len(names)-1])
	panic("oh no, something went wrong")
}
