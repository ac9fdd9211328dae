package main

import (
	"errors"
	"fmt"
	"strconv"
)

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func parseAll(ss []string) (out []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parseAll: %v", r)
			out = nil
		}
	}()
	for _, s := range ss {
		out = append(out, Must(strconv.Atoi(s)))
	}
	return out, nil
}

func main() {
	fmt.Println(Must(strconv.Atoi("42")) + 1)
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	fmt.Println(parseAll([]string{"1", "x", "3"}))
	fmt.Println(Try(func() (float64, error) { return strconv.ParseFloat("2.5", 64) }))
	fmt.Println(Try(func() (bool, error) { return strconv.ParseBool("maybe") }))
	r := Try(func() (int, error) { return 0, errors.New("nope") })
	fmt.Printf("%v %v\n", r, r.Err != nil)
}
