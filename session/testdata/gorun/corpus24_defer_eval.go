package main

import "fmt"

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) { fmt.Println("leave", msg) }

func work() {
	defer un(trace("work"))
	fmt.Println("in work")
}

func main() {
	x := 1
	defer fmt.Println("deferred arg:", x)
	defer func() { fmt.Println("deferred closure:", x) }()
	defer func(v int) { fmt.Println("deferred param:", v) }(x)
	x = 2

	work()

	p := &x
	defer fmt.Println("deferred pointer deref later:", *p)
	defer func() { fmt.Println("closure deref:", *p) }()
	x = 3

	s := []int{1, 2, 3}
	defer fmt.Println("deferred slice:", s)
	s[0] = 100
	s = append(s, 4)

	type box struct{ v int }
	b := box{1}
	defer fmt.Printf("deferred struct: %+v\n", b)
	b.v = 9

	fmt.Println("main body done, x =", x)
}
