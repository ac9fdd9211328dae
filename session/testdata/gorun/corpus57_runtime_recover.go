package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

func safeIndex(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("caught: %w", re)
				return
			}
			panic(r)
		}
	}()
	return xs[i], nil
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	q = a / b
	return
}

type Opener struct{ opened, closed []string }

func (o *Opener) Open(name string) (func(), error) {
	if name == "" {
		return nil, errors.New("empty name")
	}
	o.opened = append(o.opened, name)
	return func() { o.closed = append(o.closed, name) }, nil
}

func process(o *Opener, names ...string) (err error) {
	for i, n := range names {
		closeFn, err := o.Open(n)
		if err != nil {
			return fmt.Errorf("item %d: %w", i, err)
		}
		defer closeFn()
	}
	return nil
}

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func tryAtoi(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return mustAtoi(s), nil
}

func main() {
	xs := []int{1, 2, 3}
	for _, i := range []int{0, 2, 3, -1} {
		v, err := safeIndex(xs, i)
		fmt.Println(v, err)
	}
	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))
	o := &Opener{}
	fmt.Println(process(o, "a", "b", "c"), o.opened, o.closed)
	o = &Opener{}
	fmt.Println(process(o, "x", "", "y"), o.opened, o.closed)
	fmt.Println(tryAtoi("42"))
	n, err := tryAtoi("4x2")
	var ne *strconv.NumError
	fmt.Println(n, err, errors.As(err, &ne))
	var m map[string]int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m["a"] = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *Opener
		fmt.Println(len(p.opened))
	}()
}
