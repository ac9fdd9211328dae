package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func returnsError(fail bool) error {
	var p *MyErr = nil
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func returnsErrorFixed(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := returnsError(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	if err != nil {
		fmt.Println("surprise: non-nil error holding a nil pointer")
	}
	err = returnsErrorFixed(false)
	fmt.Println(err == nil)
	err = returnsErrorFixed(true)
	fmt.Println(err)

	var e *MyErr
	var target *MyErr
	fmt.Println(errors.As(returnsError(false), &target), target == nil)
	var iface any = e
	fmt.Println(iface == nil, iface.(*MyErr) == nil)
	var s fmt.Stringer
	fmt.Println(s == nil)
	fmt.Printf("%v %T\n", s, s)
}
