package main

import (
	"fmt"
	"strings"
)

type resource struct {
	name string
	log  *strings.Builder
}

func open(name string, log *strings.Builder) *resource {
	fmt.Fprintf(log, "open %s;", name)
	return &resource{name, log}
}

func (r *resource) Close() {
	fmt.Fprintf(r.log, "close %s;", r.name)
}

func work(log *strings.Builder) {
	a := open("a", log)
	defer a.Close()
	b := open("b", log)
	defer b.Close()
	fmt.Fprint(log, "work;")
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func main() {
	var log strings.Builder
	work(&log)
	fmt.Println(log.String())
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
	fmt.Println(counter())
	fmt.Println("main body done")
}
