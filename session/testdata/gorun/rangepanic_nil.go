package main

import (
	"errors"
	"fmt"
)

func reset() (xs []int, err error) {
	xs, err = []int{1}, errors.New("x")
	xs, err = nil, nil
	return
}

func main() {
	var fs []func()
	var prev *int
	fs, prev = []func(){func() {}}, new(int)
	fs, prev = nil, nil
	fmt.Println(fs == nil, prev == nil)
	a, b := []int(nil), map[string]int(nil)
	fmt.Println(a == nil, b == nil)
	var x []int
	var err error
	x, err = nil, nil
	fmt.Println(x, err)
	p, q := new(int), new(int)
	p, q = nil, nil
	fmt.Println(p, q)
	fmt.Println(reset())
	m := map[string]int{"k": 1}
	y := 7
	m, y = nil, y+1
	fmt.Println(m == nil, y)
}
