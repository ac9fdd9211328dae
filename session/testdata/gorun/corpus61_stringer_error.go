package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid value %v for field %q", e.Value, e.Field)
}

func validate(age int) error {
	if age < 0 || age > 150 {
		return &ValidationError{Field: "age", Value: age}
	}
	return nil
}

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Blue, Blue, Blue, Blue)
	colors := []Color{Blue, Red}
	fmt.Println(colors)
	m := map[Color]int{Red: 1}
	fmt.Println(m)

	p := Point{3, 4}
	pp := &p
	fmt.Println(p, pp)
	fmt.Printf("%v %+v %s\n", p, p, []Point{{1, 2}, {5, 6}})
	fmt.Printf("%#v\n", p)
	s := fmt.Sprint("point: ", p)
	fmt.Println(s)

	for _, age := range []int{30, -4, 200} {
		err := validate(age)
		if err == nil {
			fmt.Println(age, "ok")
			continue
		}
		fmt.Println("error:", err)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  field:", ve.Field)
		}
	}
	wrapped := fmt.Errorf("saving user: %w", validate(-1))
	fmt.Println(wrapped)
	var target *ValidationError
	fmt.Println(errors.As(wrapped, &target), target.Value)
}
