package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
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

func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Ok(f(r.Val))
}

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func find[T comparable](xs []T, x T) Option[int] {
	for i, v := range xs {
		if v == x {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	names := []string{"a", "b", "c"}
	fmt.Println(find(names, "b"), find(names, "z"))
	fmt.Println(find([]int{4, 5, 6}, 6).OrElse(-1), find([]int{}, 1).OrElse(-1))
	if i, ok := find(names, "c").Get(); ok {
		fmt.Println("found at", i)
	}

	for _, s := range []string{"21", "x", "-4"} {
		r := Map(Try(strconv.Atoi(s)), func(n int) string { return strconv.Itoa(n * 2) })
		fmt.Printf("%q -> %+v\n", s, r)
	}

	ok := Ok(3.5)
	fmt.Println(ok.Unwrap())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Fail[int](errors.New("boom")).Unwrap()
	}()

	var opts []fmt.Stringer = []fmt.Stringer{Some("x"), None[float64](), Some([]int{1, 2})}
	for _, o := range opts {
		fmt.Printf("%v %T\n", o, o)
	}
}
