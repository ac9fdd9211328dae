package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	value T
	ok    bool
}

func Some[T any](v T) Option[T] { return Option[T]{value: v, ok: true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) IsSome() bool { return o.ok }

func (o Option[T]) Get() (T, bool) { return o.value, o.ok }

func (o Option[T]) OrElse(def T) T {
	if o.ok {
		return o.value
	}
	return def
}

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.value)
}

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic("unwrap on error: " + r.Err.Error())
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return f(r.Val)
}

func parse(s string) Result[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return Fail[int](err)
	}
	return Ok(n)
}

var errNegative = errors.New("negative")

func half(n int) Result[float64] {
	if n < 0 {
		return Fail[float64](errNegative)
	}
	return Ok(float64(n) / 2)
}

func find(m map[string]int, k string) Option[int] {
	if v, ok := m[k]; ok {
		return Some(v)
	}
	return None[int]()
}

func main() {
	ages := map[string]int{"ann": 31, "bob": 27}
	for _, name := range []string{"ann", "zed"} {
		o := find(ages, name)
		fmt.Println(name, o, o.IsSome(), o.OrElse(-1))
	}
	if v, ok := find(ages, "bob").Get(); ok {
		fmt.Println("bob is", v)
	}
	fmt.Println(Some("x"), None[string]())

	for _, in := range []string{"42", "-8", "4x"} {
		r := Then(parse(in), half)
		if r.Err != nil {
			fmt.Printf("%q: error: %v (negative: %v)\n", in, r.Err, errors.Is(r.Err, errNegative))
			continue
		}
		fmt.Printf("%q: %.1f\n", in, r.Unwrap())
	}

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	parse("nope").Unwrap()
}
