package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64 { return s.S * s.S }
func (c *Circle) Area() float64 {
	if c == nil {
		return 0
	}
	return 3 * c.R * c.R
}

func describe(v any) string {
	switch t := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		// t has type any here because of the multiple types.
		return fmt.Sprintf("integer %v (%T)", t, t)
	case string:
		return "string of length " + strconv.Itoa(len(t))
	case []int:
		return fmt.Sprintf("slice with %d ints", len(t))
	case error:
		return "error: " + t.Error()
	case fmt.Stringer:
		return "stringer " + t.String()
	case Shape:
		return fmt.Sprintf("shape with area %.1f", t.Area())
	case func() int:
		return fmt.Sprint("func returning ", t())
	case bool, float64:
		return fmt.Sprintf("bool or float %v", t)
	default:
		return fmt.Sprintf("other %T", t)
	}
}

type name string

func (n name) String() string { return "<" + string(n) + ">" }

func main() {
	var sh Shape
	var np *Circle
	values := []any{
		nil, 42, int64(7), "hello", []int{1, 2}, errors.New("boom"),
		name("bob"), Square{2}, &Circle{1}, Circle{1},
		func() int { return 5 }, true, 2.5, 'r', sh, np,
		map[string]int{},
	}
	for i, v := range values {
		fmt.Printf("%2d %s\n", i, describe(v))
	}

	var x any = 3
	switch x.(type) {
	case string:
		fmt.Println("no")
	default:
		fmt.Println("default without binding")
	}

	if s, ok := values[7].(Shape); ok {
		fmt.Println("ok", s.Area())
	}
	_, ok := values[9].(Shape)
	fmt.Println("Circle value is a Shape:", ok)
}
