package main

import "fmt"

func a() {
	i := 0
	defer fmt.Println("deferred i =", i) // arguments are evaluated now
	i++
	fmt.Println("a returns with i =", i)
}

func b() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
}

func c() (i int) {
	defer func() { i++ }() // a deferred closure may change named results
	return 1
}

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func useTwo() {
	r1 := open("first")
	defer r1.Close()
	r2 := open("second")
	defer r2.Close()
	fmt.Println("working with", r1.name, "and", r2.name)
}

func main() {
	a()
	b()
	fmt.Println()
	fmt.Println("c() =", c())
	useTwo()
}
