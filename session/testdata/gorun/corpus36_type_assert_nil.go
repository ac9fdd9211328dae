package main

import (
	"fmt"
	"io"
	"strings"
)

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

func main() {
	var i interface{}
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)

	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			if e, ok := r.(error); ok {
				fmt.Println("is runtime error:", e.Error() != "")
			}
		}()
		_ = i.(string)
	}()

	i = 42
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = i.(string)
	}()

	var a Animal
	_, ok = a.(Dog)
	fmt.Println("nil Animal to Dog:", ok)
	a = Dog{}
	d, ok := a.(Dog)
	fmt.Println(d.Sound(), ok)
	_, ok = a.(fmt.Stringer)
	fmt.Println("Dog is Stringer:", ok)

	var r io.Reader = strings.NewReader("abc")
	if w, ok := r.(io.WriterTo); ok {
		fmt.Printf("reader also WriterTo: %T\n", w)
	}
	_, ok = r.(io.Writer)
	fmt.Println("reader is Writer:", ok)

	var pd *Dog
	var a2 Animal = pd
	got, ok := a2.(*Dog)
	fmt.Println(got == nil, ok)

	vals := []interface{}{nil, 1, "x", 2.5, []int{1}, Dog{}, nil}
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			fmt.Print("nil ")
		case int, float64:
			fmt.Printf("num(%v) ", x)
		case string:
			fmt.Print("str(" + x + ") ")
		case Animal:
			fmt.Print("animal(" + x.Sound() + ") ")
		default:
			fmt.Printf("other(%T) ", x)
		}
	}
	fmt.Println()
}
