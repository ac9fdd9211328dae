package main

import (
	"errors"
	"fmt"
)

type name struct{ n string }

func (n *name) String() string { return "name:" + n.n }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

type level int

func (l level) String() string { return fmt.Sprint("L", int(l)) }

func describe(s fmt.Stringer) string {
	switch v := s.(type) {
	case *name:
		return "name " + v.n
	case level:
		return fmt.Sprint("level ", int(v))
	default:
		return "default"
	}
}

func check(err error) string {
	if e, ok := err.(*myErr); ok {
		return fmt.Sprint("myErr ", e.code)
	}
	switch e := err.(type) {
	case *myErr:
		return fmt.Sprint("switch myErr ", e.code)
	}
	return "other"
}

func mkErr() error { return &myErr{8} }

func main() {
	n := &name{"bob"}
	fmt.Println(describe(fmt.Stringer(n)))
	fmt.Println(describe(n))
	st := fmt.Stringer(n)
	fmt.Println(st.String(), describe(st))
	fmt.Println(describe(fmt.Stringer(level(3))), describe(level(4)))
	lv := level(5)
	fmt.Println(describe(fmt.Stringer(lv)))
	e := &myErr{4}
	fmt.Println(check(error(e)))
	fmt.Println(check(e))
	err := error(e)
	fmt.Println(err, check(err))
	fmt.Println(check(mkErr()))
	var target *myErr
	fmt.Println(errors.As(error(e), &target), target.code)
	_, ok := st.(*name)
	fmt.Println(ok)
	var a any = fmt.Stringer(n)
	_, ok = a.(*name)
	fmt.Println(ok)
	_, ok = a.(fmt.Stringer)
	fmt.Println(ok)
}
