package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

func recoverFullName() {
	if r := recover(); r != nil {
		fmt.Println("recovered from", r)
	}
}

func fullName(firstName *string, lastName *string) {
	defer recoverFullName()
	if firstName == nil {
		panic("runtime error: first name cannot be nil")
	}
	if lastName == nil {
		panic("runtime error: last name cannot be nil")
	}
	fmt.Printf("%s %s\n", *firstName, *lastName)
	fmt.Println("returned normally from fullName")
}

func recoverInvalidAccess() {
	if r := recover(); r != nil {
		fmt.Println("Recovered", r)
		err, ok := r.(error)
		fmt.Println("is runtime error:", ok && strings.Contains(err.Error(), "index out of range"))
		stack := string(debug.Stack())
		fmt.Println("have stack:", len(stack) > 0)
	}
}

func invalidSliceAccess() {
	defer recoverInvalidAccess()
	n := []int{5, 7, 4}
	idx := 4
	fmt.Println(n[idx])
	fmt.Println("normally returned from a")
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("divide: %v", r)
		}
	}()
	return a / b, nil
}

func nilMap() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var m map[string]int
	m["a"] = 1
}

func main() {
	defer fmt.Println("deferred call in main")
	firstName := "Elon"
	fullName(&firstName, nil)
	fmt.Println("returned normally from main")
	invalidSliceAccess()
	fmt.Println(divide(10, 2))
	fmt.Println(divide(1, 0))
	nilMap()

	var p *struct{ x int }
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		fmt.Println(p.x)
	}()
}
