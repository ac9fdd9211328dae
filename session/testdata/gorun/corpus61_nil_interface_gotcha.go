package main

import (
	"fmt"
)

type MyError struct{ msg string }

func (e *MyError) Error() string {
	if e == nil {
		return "<nil MyError>"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyError
	if fail {
		p = &MyError{"it failed"}
	}
	return p // a typed nil when !fail
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyError{"it failed"}
	}
	return nil
}

type Speaker interface{ Speak() string }

type Robot struct{ model string }

func (r *Robot) Speak() string {
	if r == nil {
		return "beep (no robot)"
	}
	return "I am " + r.model
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = mayFailFixed(false)
	fmt.Println(err == nil, err)

	var r *Robot
	var s Speaker = r
	fmt.Println(s != nil, s.Speak())
	s = &Robot{"R2"}
	fmt.Println(s.Speak())

	var i interface{} = 3
	if n, ok := i.(int); ok {
		fmt.Println("int", n)
	}
	str, ok := i.(string)
	fmt.Printf("%q %v\n", str, ok)

	defer fmt.Println("deferred print runs before the crash")
	var sp Speaker = &Robot{"C3"}
	rb := sp.(*Robot)
	fmt.Println(rb.model)
	_ = i.(Speaker) // panics: int does not implement Speaker
	fmt.Println("unreachable")
}
