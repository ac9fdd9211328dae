package main

import (
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

// MapOption cannot be a method: methods cannot have type parameters.
func MapOption[T, U any](o Option[T], f func(T) U) Option[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

func parse(s string) Option[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return None[int]()
	}
	return Some(n)
}

func find[T comparable](xs []T, x T) Option[int] {
	for i, v := range xs {
		if v == x {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	for _, s := range []string{"42", "x", "-7"} {
		o := parse(s)
		doubled := MapOption(o, func(n int) int { return n * 2 })
		label := MapOption(doubled, func(n int) string { return "#" + strconv.Itoa(n) })
		fmt.Println(s, o, doubled, label, label.OrElse("none"))
	}
	names := []string{"ann", "bob", "cy"}
	fmt.Println(find(names, "bob"), find(names, "dan"))
	fmt.Printf("%v|%s|%+v\n", Some(3.5), None[bool](), Some("hi"))
	var zero Option[[]int]
	v, ok := zero.Get()
	fmt.Println(v == nil, ok, zero.IsSome())
}
