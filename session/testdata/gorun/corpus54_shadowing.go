package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	return strconv.Atoi(s)
}

func process(inputs []string) (err error) {
	total := 0
	for _, in := range inputs {
		n, err := parse(in)
		if err != nil {
			fmt.Println("inner err:", err != nil)
			continue
		}
		total += n
	}
	fmt.Println("total:", total)
	return err
}

func main() {
	x := 1
	if x := 2; x > 1 {
		fmt.Println("if x:", x)
		x := 3
		fmt.Println("inner x:", x)
	}
	fmt.Println("outer x:", x)

	for x := 0; x < 2; x++ {
		fmt.Println("loop x:", x)
	}
	fmt.Println("outer x after loop:", x)

	fmt.Println("process err:", process([]string{"1", "two", "3"}))

	var result int
	if true {
		result, err := parse("42")
		_ = err
		fmt.Println("shadowed result:", result)
	}
	fmt.Println("outer result:", result)

	err := errors.New("outer")
	{
		err := errors.New("block")
		fmt.Println(err)
	}
	fmt.Println(err)

	switch y := x * 10; {
	case y > 5:
		x := "string now"
		fmt.Println(x, y)
	}

	// Shadowing a package name.
	fmtName := func() string {
		strconv := "not a package"
		return strconv
	}
	fmt.Println(fmtName(), strconv.Itoa(7))

	// len as a variable.
	len := 3
	fmt.Println(len * 2)
}
