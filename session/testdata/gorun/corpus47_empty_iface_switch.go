package main

import "fmt"

func describe(i interface{}) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func do(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Printf("Twice %v is %v\n", v, v*2)
	case string:
		fmt.Printf("%q is %v bytes long\n", v, len(v))
	case nil:
		fmt.Println("nil value")
	case fmt.Stringer:
		fmt.Println("stringer:", v.String())
	default:
		fmt.Printf("I don't know about type %T!\n", v)
	}
}

type name string

func (n name) String() string { return "name(" + string(n) + ")" }

func main() {
	var i interface{}
	describe(i)
	i = 42
	describe(i)
	i = "hello"
	describe(i)

	var j any = "hello"
	s := j.(string)
	fmt.Println(s)
	s, ok := j.(string)
	fmt.Println(s, ok)
	f, ok := j.(float64)
	fmt.Println(f, ok)

	do(21)
	do("hello")
	do(true)
	do(nil)
	do(name("go"))

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	f = j.(float64)
	fmt.Println(f)
}
