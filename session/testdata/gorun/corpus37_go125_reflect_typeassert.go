package main

import (
	"fmt"
	"reflect"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func describe(v any) string {
	rv := reflect.ValueOf(v)
	if s, ok := reflect.TypeAssert[Shape](rv); ok {
		return fmt.Sprintf("%T with area %.1f", s, s.Area())
	}
	if n, ok := reflect.TypeAssert[int](rv); ok {
		return fmt.Sprintf("int %d", n)
	}
	return "unknown " + rv.Kind().String()
}

func main() {
	for _, v := range []any{Rect{2, 3}, Circle{1}, 7, "text", []int{1}} {
		fmt.Println(describe(v))
	}

	r := Rect{4, 5}
	rv := reflect.ValueOf(&r).Elem()
	for i := range rv.NumField() {
		f := rv.Type().Field(i)
		fmt.Println(f.Name, f.Type, rv.Field(i).Float())
	}
	rv.Field(0).SetFloat(10)
	fmt.Println(r, r.Area())

	t := reflect.TypeFor[Shape]()
	fmt.Println(t.Kind(), reflect.TypeFor[Rect]().Implements(t), reflect.TypeFor[*int]().Implements(t))
	for m := range reflect.TypeFor[Rect]().Methods() {
		fmt.Println("method:", m.Name)
	}
}
