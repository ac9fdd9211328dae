package main

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	ErrEmpty    = errors.New("empty input")
	ErrTooLarge = errors.New("value too large")
)

func validate(s string) error {
	var errs []error
	if s == "" {
		errs = append(errs, ErrEmpty)
	}
	if n, err := strconv.Atoi(s); err != nil {
		errs = append(errs, fmt.Errorf("parse %q: %w", s, err))
	} else if n > 100 {
		errs = append(errs, fmt.Errorf("%d: %w", n, ErrTooLarge))
	}
	return errors.Join(errs...)
}

func main() {
	for _, in := range []string{"42", "", "250", "x1"} {
		err := validate(in)
		if err == nil {
			fmt.Printf("%q ok\n", in)
			continue
		}
		fmt.Printf("%q failed:\n%v\n", in, err)
		fmt.Println("  empty?", errors.Is(err, ErrEmpty), "large?", errors.Is(err, ErrTooLarge))
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  num error func:", ne.Func, "cause:", ne.Err)
		}
	}
	both := fmt.Errorf("two: %w and %w", ErrEmpty, ErrTooLarge)
	fmt.Println(both, errors.Is(both, ErrEmpty), errors.Is(both, ErrTooLarge))
	fmt.Println(errors.Join() == nil)
}
