package main

import (
	"fmt"
	"os"
)

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("closing", r.name) }

func run() int {
	r := &resource{"db"}
	defer r.Close()
	fmt.Println("working with", r.name)
	return 3
}

func main() {
	defer fmt.Println("this deferred print never runs")
	code := run()
	fmt.Println("exiting with", code)
	os.Exit(code)
}
