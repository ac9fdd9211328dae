package main

import (
	"errors"
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%.1f)", c.R) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type ValidationError struct {
	Field string
}

func (e ValidationError) Error() string { return "invalid " + e.Field }

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age"}
	}
	if age > 150 {
		return fmt.Errorf("check: %w", ValidationError{"age range"})
	}
	return nil
}

func info(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle radius %.1f", v.R)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case Square:
		return fmt.Sprintf("square side %g", v.W)
	}
	return "unknown"
}

func printType(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Println("int:", v)
	case float64:
		fmt.Println("float64:", v)
	case string:
		fmt.Println("string:", v)
	case bool:
		fmt.Println("bool:", v)
	case Shape:
		fmt.Printf("shape with area %.2f\n", v.Area())
	default:
		fmt.Printf("unknown %T\n", v)
	}
}

func main() {
	shapes := []Shape{Circle{1}, Rect{2, 3}, Square{Rect{2, 2}}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-20v area=%6.2f perim=%6.2f %s\n", s, s.Area(), s.Perimeter(), info(s))
		total += s.Area()
	}
	fmt.Printf("total area: %.3f\n", total)
	printType(42)
	printType(3.5)
	printType("go")
	printType(true)
	printType(Circle{2})
	printType(Temp(3))
	printType([]int{1})
	fmt.Println(Temp(21.5), []Temp{1, 2})
	for _, age := range []int{30, -1, 200} {
		err := validate(age)
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("validation failed on", ve.Field, "-", err)
		} else {
			fmt.Println("ok", age)
		}
	}
	if c, ok := shapes[0].(Circle); ok {
		fmt.Println("first is", c)
	}
	if _, ok := shapes[1].(fmt.Stringer); !ok {
		fmt.Println("rect has no String")
	}
}
