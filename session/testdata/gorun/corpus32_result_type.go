package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	Value T
	Err   error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Value: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func (r Result[T]) IsOk() bool { return r.Err == nil }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic("unwrap on error: " + r.Err.Error())
	}
	return r.Value
}

func (r Result[T]) UnwrapOr(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Value
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	if err != nil {
		return Fail[T](err)
	}
	return Ok(v)
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Try(func() (U, error) { return f(r.Value) })
}

var ErrNegative = errors.New("negative")

func parse(s string) Result[int] {
	return Try(func() (int, error) { return strconv.Atoi(s) })
}

func half(n int) (float64, error) {
	if n < 0 {
		return 0, fmt.Errorf("half of %d: %w", n, ErrNegative)
	}
	return float64(n) / 2, nil
}

func main() {
	for _, in := range []string{"42", "abc", "-8"} {
		r := Then(parse(in), half)
		if r.IsOk() {
			fmt.Printf("%s -> %.1f\n", in, r.Unwrap())
		} else {
			fmt.Printf("%s -> error: %v (negative? %v)\n", in, r.Err, errors.Is(r.Err, ErrNegative))
		}
	}
	fmt.Println(parse("x").UnwrapOr(-1))
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("panic:", e)
		}
	}()
	parse("oops").Unwrap()
}
