package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	result = a / b
	return
}

func countdown() {
	for i := 3; i > 0; i-- {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("counting down")
}

func mustPositive(n int) int {
	if n < 0 {
		panic(errors.New("negative number"))
	}
	return n
}

func tryIt(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	mustPositive(n)
	return nil
}

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	countdown()
	fmt.Println(tryIt(5), tryIt(-5))
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	fmt.Println("x now:", x)
	var arr []int
	func() {
		defer func() {
			fmt.Println("caught:", recover())
		}()
		fmt.Println(arr[3])
	}()
	fmt.Println("end of main")
}
