package main

import (
	"fmt"
	"strings"
)

// A deferred call's function value is read at the defer, whatever
// expression gives it; the interpreter read a type assertion or an index
// when the function returned, so each defer in a loop called the last.

var log []string

func step(name string) func() {
	return func() { log = append(log, name) }
}

func Apply[T any](f func(T), v T) { f(v) }

func assertions() {
	for _, name := range []string{"open", "lock", "begin"} {
		var v any = step("undo " + name)
		defer v.(func())()
	}
}

func indexes() {
	cleanups := map[string]func(){}
	for _, name := range []string{"tmpdir", "socket"} {
		cleanups[name] = step("remove " + name)
		defer cleanups[name]()
	}
	stack := []func(){step("pop 0"), step("pop 1")}
	for i := range stack {
		defer stack[i]()
	}
}

func generic() {
	defer Apply[string](func(s string) { log = append(log, "generic "+s) }, "done")
}

func main() {
	assertions()
	fmt.Println(strings.Join(log, ", "))
	log = nil
	indexes()
	fmt.Println(strings.Join(log, ", "))
	log = nil
	generic()
	fmt.Println(strings.Join(log, ", "))
}
