package main

import (
	"errors"
	"fmt"
)

var errEmpty = errors.New("empty input")

func mustFirst(xs []int) int {
	if len(xs) == 0 {
		panic(errEmpty)
	}
	return xs[0]
}

func safeFirst(xs []int) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return mustFirst(xs), nil
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recovered:", r)
		}
	}()
	defer fmt.Println("deferred print runs first")
	fmt.Println(safeFirst([]int{7}))
	fmt.Println(safeFirst(nil))
	fmt.Println(mustFirst(nil))
	fmt.Println("not reached")
}
