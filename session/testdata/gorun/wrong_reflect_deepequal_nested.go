package main

import (
	"fmt"
	"reflect"
)

// reflect.DeepEqual of []any holding values of a cell type with methods:
// the interpreter's wrappers inside compared unequal, silently.

type Bitcoin int

func (b Bitcoin) String() string { return fmt.Sprintf("%d BTC", int(b)) }

type testCase struct {
	name string
	want any
}

func main() {
	fmt.Println(reflect.DeepEqual([]any{1, "a"}, []any{1, "a"}))
	fmt.Println(reflect.DeepEqual([]any{Bitcoin(1)}, []any{Bitcoin(1)}))
	fmt.Println(reflect.DeepEqual(testCase{"x", Bitcoin(2)}, testCase{"x", Bitcoin(2)}))
}
