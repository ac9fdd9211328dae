package main

import (
	"fmt"
	"runtime"
)

func toArray(xs []int) (a [3]int, err error) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			err = fmt.Errorf("%v (runtime error: %v, %T)", r, isRuntime, r)
		}
	}()
	return [3]int(xs), nil
}

func toArrayPtr(xs []int) (p *[2]int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return (*[2]int)(xs), nil
}

func main() {
	fmt.Println(toArray([]int{1, 2, 3, 4}))
	fmt.Println(toArray([]int{1}))
	p, err := toArrayPtr([]int{5, 6})
	fmt.Println(*p, err)
	fmt.Println(toArrayPtr(nil))
}
