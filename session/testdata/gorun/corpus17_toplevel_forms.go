package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if s == "" {
		panic("empty input")
	}
	return strconv.Atoi(s)
}

func main() {
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("found", v)
	}
	v, ok := m["zz"]
	fmt.Println(v, ok)
	ch := make(chan int, 1)
	ch <- 5
	close(ch)
	x, ok := <-ch
	y, ok2 := <-ch
	fmt.Println(x, ok, y, ok2)
	var s any = Circle{2}
	c, ok := s.(Circle)
	fmt.Println(c.R, ok)
	_, isShape := s.(Shape)
	_, isStr := s.(fmt.Stringer)
	fmt.Println(isShape, isStr)
	for _, in := range []string{"12", "x", ""} {
		n, err := parse(in)
		fmt.Println(n, err)
	}
	var numErr *strconv.NumError
	_, err := strconv.Atoi("abc")
	if errors.As(err, &numErr) {
		fmt.Println("func:", numErr.Func, "num:", numErr.Num, errors.Is(err, strconv.ErrSyntax))
	}
	total := 0
	for i := range 4 {
		q, r := i/2, i%2
		total += q*10 + r
	}
	fmt.Println("total", total)
	defer fmt.Println("deferred last")
	fmt.Println("end of main")
}
