package main

import (
	"errors"
	"fmt"
)

var ErrTimeout = errors.New("timeout")

func main() {
	withV := fmt.Errorf("call failed: %v", ErrTimeout)
	withW := fmt.Errorf("call failed: %w", ErrTimeout)
	fmt.Println(withV)
	fmt.Println(withW)
	fmt.Println(withV.Error() == withW.Error())
	fmt.Println("Is via %v:", errors.Is(withV, ErrTimeout))
	fmt.Println("Is via %w:", errors.Is(withW, ErrTimeout))
	fmt.Println("Unwrap %v nil:", errors.Unwrap(withV) == nil)
	fmt.Println("Unwrap %w:", errors.Unwrap(withW))
	fmt.Printf("%T\n", withV)
	fmt.Printf("%T\n", withW)

	// Two %w verbs wrap both (Go 1.20).
	other := errors.New("disk full")
	both := fmt.Errorf("%w and %w", ErrTimeout, other)
	fmt.Println(both, errors.Is(both, ErrTimeout), errors.Is(both, other))
	fmt.Println(errors.Unwrap(both) == nil)
	if u, ok := both.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	// %w with a non-error operand.
	bad := fmt.Errorf("value: %w", 42)
	fmt.Println(bad)
}
