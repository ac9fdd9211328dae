package main

import (
	"errors"
	"fmt"
	"os"
)

type ValidationError struct {
	Field string
}

func (v *ValidationError) Error() string {
	if v == nil {
		return "<nil ValidationError>"
	}
	return "invalid " + v.Field
}

// validate returns a typed nil on success: the classic bug.
func validateBad(name string) error {
	var ve *ValidationError
	if name == "" {
		ve = &ValidationError{"name"}
	}
	return ve
}

func validateGood(name string) error {
	if name == "" {
		return &ValidationError{"name"}
	}
	return nil
}

type Shape interface {
	Area() float64
}

type Square struct{ S float64 }

func (s *Square) Area() float64 {
	if s == nil {
		return 0
	}
	return s.S * s.S
}

func isNil(i any) bool { return i == nil }

func describe(s Shape) string {
	if s == nil {
		return "no shape"
	}
	if sq, ok := s.(*Square); ok && sq == nil {
		return "typed nil *Square, area " + fmt.Sprint(s.Area())
	}
	return fmt.Sprintf("shape with area %.1f", s.Area())
}

func main() {
	err := validateBad("bob")
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err2 := validateGood("bob")
	fmt.Println(err2 == nil, err2)
	err3 := validateGood("")
	fmt.Println(err3 == nil, err3)

	var ve *ValidationError
	fmt.Println(errors.As(err, &ve), ve == nil)

	var sq *Square
	var s Shape = sq
	var empty Shape
	fmt.Println(s == nil, empty == nil, sq == nil)
	fmt.Println(describe(s))
	fmt.Println(describe(empty))
	fmt.Println(describe(&Square{3}))
	fmt.Println(isNil(nil), isNil(sq), isNil(s), isNil(empty))

	// Comparing interface values: same dynamic type and value.
	a, b := &Square{2}, &Square{2}
	var ia, ib, ia2 Shape = a, b, a
	fmt.Println(ia == ib, ia == ia2, ia == Shape(nil))
	var x, y any = Square{2}, Square{2}
	fmt.Println(x == y, x == any(Square{3}), x == any(&Square{2}))
	var n1, n2 any = 3, int64(3)
	fmt.Println(n1 == n2, n1 == any(3))

	// An interface holding a typed nil pointer compared to a typed nil.
	fmt.Println(s == Shape((*Square)(nil)), s == any((*Square)(nil)))

	// A nil interface's method call panics.
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			if re, ok := r.(error); ok {
				fmt.Println("runtime error?", re.Error()[:13])
			}
		}()
		fmt.Println(empty.Area())
	}()

	// Comparing interface values holding uncomparable types panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p, q any = []int{1}, []int{1}
		fmt.Println(p == q)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m := map[any]int{}
		m[1] = 1
		m["1"] = 2
		m[Square{1}] = 3
		fmt.Println(len(m), m[1], m["1"], m[Square{1}], m[int8(1)])
		m[[]int{1}] = 4
	}()
	if err != nil {
		fmt.Fprintln(os.Stdout, "exit path:", err)
	}
}
