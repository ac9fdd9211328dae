package main

import (
	"cmp"
	"fmt"
	"os"
)

type Validator[T any] func(T) error

func InRange[T cmp.Ordered](lo, hi T) Validator[T] {
	return func(v T) error {
		if v < lo || v > hi {
			return fmt.Errorf("%v not in [%v, %v]", v, lo, hi)
		}
		return nil
	}
}

func NotZero[T comparable]() Validator[T] {
	return func(v T) error {
		var zero T
		if v == zero {
			return fmt.Errorf("value is zero")
		}
		return nil
	}
}

func All[T any](vs ...Validator[T]) Validator[T] {
	return func(v T) error {
		for _, f := range vs {
			if err := f(v); err != nil {
				return err
			}
		}
		return nil
	}
}

func main() {
	port := All(NotZero[int](), InRange(1, 65535))
	for _, p := range []int{8080, 0, 70000} {
		fmt.Printf("port %d: %v\n", p, port(p))
	}
	name := All(NotZero[string](), InRange("a", "m"))
	fmt.Println(name("go"), name(""), name("zed"))
	if err := port(-1); err != nil {
		fmt.Fprintln(os.Stderr, "fatal:", err)
		defer fmt.Println("deferred, never printed")
		os.Exit(2)
	}
	fmt.Println("unreachable")
}
