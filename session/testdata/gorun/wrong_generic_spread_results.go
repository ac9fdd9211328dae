package main

import (
	"errors"
	"fmt"
	"strconv"
)

// Generic code handing the results of a call to a generic function
// instantiated with its own type parameters: Try(f(v)).

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](v T, err error) Result[T] {
	if err != nil {
		return Result[T]{Err: err}
	}
	return Result[T]{Val: v}
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Result[U]{Err: r.Err}
	}
	return Try(f(r.Val))
}

type Celsius float64

func parse(s string) (Celsius, error) {
	f, err := strconv.ParseFloat(s, 64)
	return Celsius(f), err
}

func main() {
	ok := Then(Try(strconv.Atoi("21")), func(n int) (Celsius, error) { return Celsius(n) / 2, nil })
	bad := Then(Try("x", nil), parse)
	neg := Then(Try(Celsius(-1), nil), func(c Celsius) (string, error) { return "", errors.New("below zero") })
	fmt.Printf("%+v %v %+v\n", ok, bad.Err != nil, neg)
}
