package main

import (
	"errors"
	"fmt"
)

// The nil error that is not nil: a nil *MyErr in an error interface is a
// non-nil interface holding a nil pointer.

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"not found"}
	}
	return p
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return fmt.Sprintf("error(isNil=%v, msg=%s)", x == nil, x.Error())
	}
	return "other"
}

func asError(v any) (error, bool) {
	e, ok := v.(error)
	return e, ok
}

func main() {
	var j any = (*MyErr)(nil)
	switch v := j.(type) {
	case error:
		fmt.Println(v == (*MyErr)(nil), v == nil)
	}
	e2, _ := j.(error)
	fmt.Println(e2 == nil, e2 == (*MyErr)(nil))
	e3 := j.(error)
	fmt.Println(e3 == nil, e3)

	err := find(false)
	fmt.Println(err == nil, err != nil)
	if err != nil {
		fmt.Printf("%T %v %q\n", err, err == (*MyErr)(nil), err.Error())
	}
	fmt.Println(classify(j), classify(nil), classify(find(false)), classify(find(true)), classify(3))

	e4, ok := asError(j)
	fmt.Println(e4 == nil, ok)
	e5, ok := asError(nil)
	fmt.Println(e5 == nil, ok)

	var target *MyErr
	fmt.Println(errors.As(find(true), &target), target.msg)
	wrapped := fmt.Errorf("wrap: %w", find(false))
	fmt.Println(errors.As(wrapped, &target), target == nil)
}
