package main

import (
	"fmt"
	"time"
)

type MyError struct {
	When time.Time
	What string
}

func (e *MyError) Error() string {
	return fmt.Sprintf("at %v, %s", e.When.Format("2006-01-02 15:04"), e.What)
}

func run() error {
	return &MyError{
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		"it didn't work",
	}
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 20; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

func main() {
	if err := run(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	_, err := Sqrt(-9)
	if e, ok := err.(ErrNegativeSqrt); ok {
		fmt.Printf("negative input %v (%T)\n", float64(e), e)
	}
	fmt.Printf("%v\n", err)
}
