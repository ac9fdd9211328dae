package main

import (
	"errors"
	"fmt"
	"io"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float64:
		return fmt.Sprintf("float %.2f", x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice of %d ints", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case Shape:
		return fmt.Sprintf("shape with area %.1f", x.Area())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []any{nil, 1, int64(2), 3.14159, "hey", []int{1, 2}, io.EOF, errors.New("boom"), Rect{2, 3}, Circle{1}, struct{}{}, map[string]int{}}
	for _, v := range values {
		fmt.Println(classify(v))
	}
	var s Shape = Rect{1, 1}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect width", r.W)
	}
	if _, ok := s.(Circle); !ok {
		fmt.Println("not a circle")
	}
}
