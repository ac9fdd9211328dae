package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func Try[T any](v T, err error) Result[T] {
	if err != nil {
		return Fail[T](err)
	}
	return Ok(v)
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Try(f(r.Val))
}

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(fmt.Sprintf("unwrap on error: %v", r.Err))
	}
	return r.Val
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

var ErrNegative = errors.New("negative")

func checkPositive(n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("check %d: %w", n, ErrNegative)
	}
	return n, nil
}

func half(n int) (float64, error) { return float64(n) / 2, nil }

func main() {
	inputs := []string{"10", "-4", "abc"}
	for _, in := range inputs {
		r := Then(Then(Try(strconv.Atoi(in)), checkPositive), half)
		fmt.Println(in, "=>", r)
		if errors.Is(r.Err, ErrNegative) {
			fmt.Println("  negative input")
		}
		var numErr *strconv.NumError
		if errors.As(r.Err, &numErr) {
			fmt.Println("  bad number:", numErr.Num)
		}
	}
	fmt.Println(Ok(7).Unwrap() + 1)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	Fail[int](errors.New("boom")).Unwrap()
	fmt.Println("unreachable")
}
