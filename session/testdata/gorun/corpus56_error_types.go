package main

import (
	"errors"
	"fmt"
	"strconv"
)

type OpError struct {
	Op   string
	Code int
}

func (e OpError) Error() string { return fmt.Sprintf("%s failed with code %d", e.Op, e.Code) }

type Result struct {
	Value int
	Err   error
}

type temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }

func parse(s string) Result {
	n, err := strconv.Atoi(s)
	if err != nil {
		return Result{Err: fmt.Errorf("parse %s: %w", s, err)}
	}
	if n < 0 {
		return Result{Err: OpError{"parse", n}}
	}
	return Result{Value: n}
}

func main() {
	for _, in := range []string{"12", "x", "-3"} {
		r := parse(in)
		fmt.Println(r)
		fmt.Printf("%+v\n", r)
		if r.Err != nil {
			fmt.Printf("  err=%v type=%T\n", r.Err, r.Err)
		}
	}
	e := OpError{"write", 5}
	fmt.Println(e)
	fmt.Printf("%v|%s|%+v|%q\n", e, e, e, e)
	fmt.Printf("%#v\n", e)
	var err error = e
	fmt.Println(err)
	var op OpError
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", err), &op), op.Code)
	var ne error = &netErr{"timeout"}
	if t, ok := ne.(temporary); ok {
		fmt.Println("temporary:", t.Temporary(), ne)
	}
	fmt.Printf("%v %T\n", ne, ne)
	errs := []error{e, ne, nil, errors.New("plain")}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs)
	for i, x := range errs {
		fmt.Printf("%d:%v\n", i, x)
	}
	var ne2 *netErr
	var err2 error = ne2
	fmt.Println(err2 == nil, ne2 == nil)
	fmt.Printf("%T\n", err2)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Printf("%s %q %v\n", numErr.Func, numErr.Num, numErr.Err)
	}
}
