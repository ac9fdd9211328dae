package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
)

type MyError struct {
	When time.Time
	What string
}

func (e *MyError) Error() string {
	return fmt.Sprintf("at %v, %s", e.When.Format("2006-01-02"), e.What)
}

func run() error {
	return &MyError{
		time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC),
		"it didn't work",
	}
}

// The Errors exercise.
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
	i, err := strconv.Atoi("42")
	if err != nil {
		fmt.Printf("couldn't convert number: %v\n", err)
	}
	fmt.Println("Converted integer:", i)

	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	_, err = Sqrt(-9)
	var neg ErrNegativeSqrt
	if errors.As(err, &neg) {
		fmt.Println("negative input:", float64(neg), math.Abs(float64(neg)))
	}
	wrapped := fmt.Errorf("computing: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped) == err)
	var me *MyError
	fmt.Println(errors.As(fmt.Errorf("x: %w", run()), &me), me.What)
}
