package main

import (
	"errors"
	"fmt"
	"math"
)

type areaError struct {
	err    string
	radius float64
}

func (e *areaError) Error() string {
	return fmt.Sprintf("radius %0.2f: %s", e.radius, e.err)
}

func (e *areaError) radiusNegative() bool {
	return e.radius < 0
}

func circleArea(radius float64) (float64, error) {
	if radius < 0 {
		return 0, &areaError{"radius is negative", radius}
	}
	return math.Pi * radius * radius, nil
}

type rectError struct {
	length float64
	width  float64
}

func (e rectError) Error() string {
	return fmt.Sprintf("bad rectangle %vx%v", e.length, e.width)
}

func rectArea(length, width float64) (float64, error) {
	if length < 0 || width < 0 {
		return 0, fmt.Errorf("rectArea: %w", rectError{length, width})
	}
	return length * width, nil
}

type ValidationError struct {
	Field string
	Err   error
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Err.Error() }
func (v *ValidationError) Unwrap() error { return v.Err }

var ErrEmpty = errors.New("must not be empty")

func validate(name string) error {
	if name == "" {
		return &ValidationError{Field: "name", Err: ErrEmpty}
	}
	return nil
}

func main() {
	radius := -20.0
	area, err := circleArea(radius)
	if err != nil {
		var aErr *areaError
		if errors.As(err, &aErr) {
			fmt.Printf("Area calculation failed, radius %0.2f is less than zero\n", aErr.radius)
			fmt.Println("negative:", aErr.radiusNegative())
		}
		fmt.Println(err)
	} else {
		fmt.Printf("Area of rectangle %0.2f\n", area)
	}

	_, err = rectArea(-5, 3)
	fmt.Println(err)
	var re rectError
	if errors.As(err, &re) {
		fmt.Println("length was", re.length)
	}
	fmt.Printf("%v | %T\n", errors.Unwrap(err), errors.Unwrap(err))

	err = validate("")
	fmt.Println(err, errors.Is(err, ErrEmpty))
	fmt.Printf("%T\n", err)
	if validate("bob") == nil {
		fmt.Println("bob is valid")
	}

	var e error = &areaError{"x", 1}
	fmt.Printf("%v\n", e)
}
