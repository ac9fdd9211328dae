package main

import (
	"fmt"
	"os"
)

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("closing", r.name) }

func work(items []string) {
	r := &resource{"db"}
	defer r.Close()
	for i, it := range items {
		if it == "" {
			panic(fmt.Sprintf("empty item at %d", i))
		}
		fmt.Println("processed", it)
	}
}

func main() {
	defer fmt.Println("main deferred runs during the panic")
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered once:", r)
			}
		}()
		work([]string{"a", "", "c"})
	}()
	fmt.Fprintln(os.Stdout, "carrying on")
	work([]string{"x", "y", ""})
	fmt.Println("not reached")
}
