package main

import (
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (int, error) {
	return strconv.Atoi(s)
}

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	{
		x := "inner"
		fmt.Println(x)
		{
			x := 3.5
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)

	a, err := parse("12")
	fmt.Println(a, err)
	b, err := parse("x7")
	fmt.Println(b, err)
	a, c := 100, "new"
	fmt.Println(a, c)

	if v, err := parse("42"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("error", err)
	}
	if v, err := parse("abc"); err != nil {
		fmt.Println("error:", err, v)
	}

	n := 10
	for n := 0; n < 3; n++ {
		fmt.Print(n)
	}
	fmt.Println(" outer n:", n)

	err = nil
	if true {
		_, err := parse("nope")
		fmt.Println("inner err set:", err != nil)
	}
	fmt.Println("outer err nil:", err == nil)

	switch y := x * 2; {
	case y > 1:
		x := y + 1
		fmt.Println("switch x:", x)
	}
	fmt.Println("x still", x)

	type x2 = int
	var q x2 = 7
	fmt.Printf("%T %v\n", q, q)
}
