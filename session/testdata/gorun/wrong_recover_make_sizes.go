package main

import (
	"fmt"
	"runtime"
)

// make with a length, capacity or buffer size out of range, recovered:
// the interpreter's reflect panics (reflect.MakeSlice: len > cap) reached
// the program as its value, where Go's is a runtime.Error in its words.

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s -> %v (runtime.Error: %v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	n, c := -1, 2
	try("negative len", func() { _ = make([]int, n) })
	try("len > cap", func() { _ = make([]int, 5, c) })
	try("negative cap", func() { _ = make([]string, 0, n) })
	try("negative chan size", func() { _ = make(chan int, n) })
	try("fine", func() { fmt.Println(len(make([]int, c, c*2)), cap(make(chan bool, c))) })
}
