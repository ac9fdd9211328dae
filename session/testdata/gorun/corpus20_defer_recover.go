package main

import (
	"errors"
	"fmt"
)

type MyErr struct {
	Op   string
	Code int
}

func (e *MyErr) Error() string { return fmt.Sprintf("%s failed with code %d", e.Op, e.Code) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func mayFail(n int) error {
	if n%2 == 0 {
		return &MyErr{Op: "even", Code: n}
	}
	return nil
}

func main() {
	defer fmt.Println("main: deferred 1")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recovered:", r)
		}
	}()
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	q, err := safeDiv(10, 2)
	fmt.Println(q, err)
	q, err = safeDiv(1, 0)
	fmt.Println(q, err)

	for i := 1; i <= 4; i++ {
		err := mayFail(i)
		var me *MyErr
		if errors.As(err, &me) {
			fmt.Println("MyErr:", me.Op, me.Code, "|", err)
		} else {
			fmt.Println("ok", i)
		}
	}
	wrapped := fmt.Errorf("context: %w", mayFail(2))
	fmt.Println(wrapped)
	var target *MyErr
	fmt.Println(errors.As(wrapped, &target), target.Code)

	var m map[string]int
	fmt.Println("about to panic", len(m))
	m["boom"] = 1
	fmt.Println("unreachable")
}
