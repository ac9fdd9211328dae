package main

import (
	"errors"
	"fmt"
)

var x = "package"

func find(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative")
	}
	return n * 2, nil
}

func work() (result int, err error) {
	result = 1
	if true {
		result, err := find(5) // shadows the named results
		_ = err
		fmt.Println("inner result:", result)
	}
	return
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block changed"
		fmt.Println(x)
	}
	fmt.Println(x)

	n := 1
	if n := 2; n > 1 {
		fmt.Println("if n:", n)
	} else {
		fmt.Println("else n:", n)
	}
	fmt.Println("outer n:", n)

	var err error
	v, err := find(3) // reuses err, declares v
	fmt.Println(v, err)
	if v, err := find(-1); err != nil {
		fmt.Println("inner:", v, err)
	}
	fmt.Println("outer:", v, err)

	r, e := work()
	fmt.Println("work:", r, e)

	total := 0
	for i := 0; i < 3; i++ {
		total := total + i
		fmt.Print(total, " ")
	}
	fmt.Println("total:", total)

	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))

	type int32 = string
	var s int32 = "shadowed type"
	fmt.Println(s)

	true := false
	fmt.Println(true)
}
