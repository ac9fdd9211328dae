package main

import (
	"errors"
	"fmt"
)

type FodderCalculator interface {
	FodderAmount(int) (float64, error)
	FatteningFactor() (float64, error)
}

var ErrScale = errors.New("negative fodder")

type InvalidCowsError struct {
	cows    int
	message string
}

func (e *InvalidCowsError) Error() string {
	return fmt.Sprintf("%d cows are invalid: %s", e.cows, e.message)
}

func DivideFood(fc FodderCalculator, cows int) (float64, error) {
	amount, err := fc.FodderAmount(cows)
	if err != nil {
		return 0, err
	}
	factor, err := fc.FatteningFactor()
	if err != nil {
		return 0, err
	}
	return amount * factor / float64(cows), nil
}

func ValidateInputAndDivideFood(fc FodderCalculator, cows int) (float64, error) {
	if cows <= 0 {
		return 0, errors.New("invalid number of cows")
	}
	return DivideFood(fc, cows)
}

func ValidateNumberOfCows(cows int) error {
	switch {
	case cows < 0:
		return &InvalidCowsError{cows, "there are no negative cows"}
	case cows == 0:
		return &InvalidCowsError{cows, "no cows don't need food"}
	}
	return nil
}

type calc struct {
	amount, factor float64
	amountErr      error
}

func (c calc) FodderAmount(n int) (float64, error) {
	if c.amount < 0 {
		return 0, ErrScale
	}
	return c.amount * float64(n), c.amountErr
}
func (c calc) FatteningFactor() (float64, error) { return c.factor, nil }

func main() {
	fmt.Println(DivideFood(calc{amount: 10, factor: 1.5}, 4))
	fmt.Println(DivideFood(calc{amount: -1}, 4))
	fmt.Println(DivideFood(calc{amount: 3, amountErr: errors.New("scale broken")}, 2))
	fmt.Println(ValidateInputAndDivideFood(calc{amount: 2, factor: 0.5}, 0))
	for _, n := range []int{-5, 0, 7} {
		err := ValidateNumberOfCows(n)
		var ice *InvalidCowsError
		fmt.Printf("%d: %v as=%t nil=%t\n", n, err, errors.As(err, &ice), err == nil)
	}
	_, err := DivideFood(calc{amount: -1}, 1)
	wrapped := fmt.Errorf("day 3: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrScale), errors.Unwrap(wrapped) == ErrScale)
	var fc FodderCalculator = calc{amount: 1, factor: 2}
	if c, ok := fc.(calc); ok {
		fmt.Printf("%+v\n", c)
	}
}
