package main

import (
	"fmt"
	"reflect"
)

// A panic of package reflect recovered: the interpreter runs a cell's code
// through reflect, so such a panic may be its own failure rather than the
// program's, and recover must not hand it over as if it were Go's value
// (the cell ends with an error instead; the kernel runs it as a program).

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println("start")
	v := reflect.ValueOf(3)
	fmt.Println(v.Elem())
}
