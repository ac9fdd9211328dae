package main

import (
	"errors"
	"fmt"
	"strconv"
)

var level = "package"

func parse(s string) (n int, err error) {
	if s == "" {
		err := errors.New("empty")
		_ = err
		return 0, nil
	}
	n, err = strconv.Atoi(s)
	if err != nil {
		return -1, err
	}
	return
}

func counter() int {
	x := 1
	{
		x := 2
		x++
	}
	if x := 10; x > 5 {
		x++
		fmt.Println("inner x", x)
	}
	return x
}

func main() {
	fmt.Println(level)
	level := "main"
	fmt.Println(level)
	{
		level := "block"
		fmt.Println(level)
	}
	fmt.Println(level)
	fmt.Println(counter())
	fmt.Println(parse(""))
	fmt.Println(parse("12"))
	n, err := parse("x")
	fmt.Println(n, err)

	x := 1
	if x, err := strconv.Atoi("42"); err == nil {
		fmt.Println("shadow x", x)
	}
	fmt.Println("outer x", x)

	var result int
	for i := 0; i < 3; i++ {
		result := i * 10
		_ = result
	}
	fmt.Println("result", result)

	err = nil
	for _, s := range []string{"1", "a"} {
		v, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("loop err:", err != nil, v)
		}
	}
	fmt.Println("outer err nil:", err == nil)

	type T int
	var t T = 5
	{
		type T string
		var t T = "five"
		fmt.Printf("%v %T\n", t, t)
	}
	fmt.Printf("%v %T\n", t, t)

	fmt := "shadowed fmt"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println(len(s)) }
