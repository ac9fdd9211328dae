package main

import (
	"errors"
	"fmt"
	"runtime"
)

func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	// Since Go 1.21 recover() does not return nil after panic(nil).
	fmt.Println(safely(func() {}))
	err := safely(func() { panic(nil) })
	fmt.Println(err)

	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		var pn *runtime.PanicNilError
		fmt.Printf("%T %v %v\n", r, isRuntime, errors.As(r.(error), &pn))
	}()
	panic(nil)
}
