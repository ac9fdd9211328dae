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

func (r Result[T]) IsOk() bool { return r.Err == nil }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic("unwrap on error: " + r.Err.Error())
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	u, err := f(r.Val)
	if err != nil {
		return Fail[U](err)
	}
	return Ok(u)
}

var ErrNegative = errors.New("negative number")

func parse(s string) Result[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return Fail[int](err)
	}
	return Ok(n)
}

func half(n int) (float64, error) {
	if n < 0 {
		return 0, fmt.Errorf("half(%d): %w", n, ErrNegative)
	}
	return float64(n) / 2, nil
}

func main() {
	for _, in := range []string{"10", "-4", "abc"} {
		r := Then(parse(in), half)
		if r.IsOk() {
			fmt.Printf("%s -> %.1f\n", in, r.Unwrap())
		} else {
			fmt.Printf("%s -> error: %v (negative=%t)\n", in, r.Err, errors.Is(r.Err, ErrNegative))
		}
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	parse("x").Unwrap()
}
