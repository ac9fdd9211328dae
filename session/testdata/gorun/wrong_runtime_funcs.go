// runtime.FuncForPC and runtime.Caller name the program's own functions;
// in a cell they would name the interpreter's (reflect.makeFuncStub).
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

func add(a, b int) int { return a + b }

func nameOf(f any) string {
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

func main() {
	fmt.Println(nameOf(strings.ToUpper), add(1, 2))
	fmt.Println(nameOf(add))
	pc, _, _, ok := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name(), ok)
}
