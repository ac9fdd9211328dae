package main

import "fmt"

type T struct{ n int }

func (t T) show()   { fmt.Println("value recv:", t.n) }
func (t *T) pshow() { fmt.Println("ptr recv:", t.n) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer i =", i)
	}

	x := 10
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 20

	t := T{1}
	defer t.show()
	defer t.pshow()
	t.n = 2

	s := []int{1, 2, 3}
	defer fmt.Println("slice:", s)
	s[0] = 99

	arr := [2]int{1, 2}
	defer fmt.Println("array:", arr)
	arr[0] = 99

	nested()

	f := func(n int) { fmt.Println("f", n) }
	defer f(1)
	f = func(n int) { fmt.Println("g", n) }
	defer f(2)

	fmt.Println("main body done")
}
