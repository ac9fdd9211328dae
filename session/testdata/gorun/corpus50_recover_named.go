package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			result = -1
		}
	}()
	result = a / b
	return result, nil
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative: %d", n))
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = fmt.Errorf("panic error: %w", r)
		default:
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

var errBoom = errors.New("boom")

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(try(func() { mustPositive(5) }))
	fmt.Println(try(func() { mustPositive(-5) }))
	err := try(func() { panic(errBoom) })
	fmt.Println(err, errors.Is(err, errBoom))
	err = try(func() {
		var m map[string]int
		m["x"] = 1
	})
	fmt.Println(err)
	err = try(func() {
		s := []int{1, 2}
		i := 5
		_ = s[i]
	})
	fmt.Println(err)
}
