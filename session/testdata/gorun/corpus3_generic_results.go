package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = MakePair(as[i], bs[i])
	}
	return out
}

// Option holds a value or nothing.
type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

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

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func Find[T comparable](xs []T, x T) Option[int] {
	for i, v := range xs {
		if v == x {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	p := MakePair("age", 42)
	fmt.Println(p, p.Swap())
	fmt.Printf("%+v\n", p.Swap())
	for _, z := range Zip([]string{"a", "b", "c"}, []float64{1.5, 2.5}) {
		fmt.Println(z.First, z.Second)
	}
	fmt.Println(Find([]string{"x", "y"}, "y"))
	fmt.Println(Find([]int{1, 2}, 5))
	fmt.Println(Find([]int{1, 2}, 5).OrElse(-1))
	r := Try(func() (int, error) { return strconv.Atoi("12") })
	fmt.Println(r.Val, r.Err)
	r = Try(func() (int, error) { return strconv.Atoi("zz") })
	var ne *strconv.NumError
	fmt.Println(r.Val, errors.As(r.Err, &ne), ne.Func)
}
