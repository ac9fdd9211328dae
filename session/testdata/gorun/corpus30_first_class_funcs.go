package main

import "fmt"

type add func(a int, b int) int

type student struct {
	firstName string
	lastName  string
	grade     string
	country   string
}

func filter(s []student, f func(student) bool) []student {
	var r []student
	for _, v := range s {
		if f(v) {
			r = append(r, v)
		}
	}
	return r
}

func iMap(s []int, f func(int) int) []int {
	var r []int
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func simple(a func(a, b int) int) {
	fmt.Println(a(60, 7))
}

func simpleReturn() func(a, b int) int {
	f := func(a, b int) int {
		return a + b
	}
	return f
}

func appendStr() func(string) string {
	t := "Hello"
	c := func(b string) string {
		t = t + " " + b
		return t
	}
	return c
}

func main() {
	a := func() {
		fmt.Println("hello world first class function")
	}
	a()
	fmt.Printf("%T\n", a)

	func(n string) {
		fmt.Println("Welcome", n)
	}("Gophers")

	var addFn add = func(a int, b int) int {
		return a + b
	}
	fmt.Println("Sum", addFn(5, 6))

	simple(func(a, b int) int { return a * b })
	s := simpleReturn()
	fmt.Println(s(60, 7))

	x := appendStr()
	y := appendStr()
	fmt.Println(x("World"))
	fmt.Println(y("Everyone"))
	fmt.Println(x("Gopher"))
	fmt.Println(y("!"))

	s1 := student{"Naveen", "Ramanathan", "A", "India"}
	s2 := student{"Samuel", "Johnson", "B", "USA"}
	ss := []student{s1, s2}
	f := filter(ss, func(s student) bool { return s.grade == "B" })
	fmt.Println(f)
	c := filter(ss, func(s student) bool { return s.country == "India" })
	fmt.Println(c)

	nums := []int{5, 6, 7, 8, 9}
	fmt.Println(iMap(nums, func(n int) int { return n * 5 }))

	var ops []func() int
	for i := range 3 {
		ops = append(ops, func() int { return i * 10 })
	}
	for _, op := range ops {
		fmt.Print(op(), " ")
	}
	fmt.Println()
}
