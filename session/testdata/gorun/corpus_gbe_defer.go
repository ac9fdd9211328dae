package main

import "fmt"

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func process() (result int) {
	defer func() { result *= 2 }()
	r := open("file")
	defer r.Close()
	fmt.Println("working with", r.name)
	return 21
}

func main() {
	fmt.Println(process())
	for i := 0; i < 3; i++ {
		defer fmt.Println("main deferred", i)
	}
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	fmt.Println("x now:", x)
}
