package main

import (
	"fmt"
	"math"
)

type I interface {
	M()
}

type T struct {
	S string
}

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil>")
		return
	}
	fmt.Println(t.S)
}

type F float64

func (f F) M() {
	fmt.Println(f)
}

func describe(i I) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func describeAny(i interface{}) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func do(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Printf("Twice %v is %v\n", v, v*2)
	case string:
		fmt.Printf("%q is %v bytes long\n", v, len(v))
	case I:
		fmt.Printf("an I: %T\n", v)
	case nil:
		fmt.Println("nil!")
	default:
		fmt.Printf("I don't know about type %T!\n", v)
	}
}

type Abser interface {
	Abs() float64
}

type Vertex struct{ X, Y float64 }

func (v *Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

type MyFloat float64

func (f MyFloat) Abs() float64 { return math.Abs(float64(f)) }

func main() {
	var i I
	var t *T
	i = t
	describe(i)
	i.M()

	i = &T{"hello"}
	describe(i)
	i.M()

	i = F(math.Pi)
	describe(i)
	i.M()

	var e interface{}
	describeAny(e)
	e = 42
	describeAny(e)
	e = "hello"
	describeAny(e)

	s, ok := e.(string)
	fmt.Println(s, ok)
	fl, ok := e.(float64)
	fmt.Println(fl, ok)

	do(21)
	do("hello")
	do(true)
	do(&T{"x"})
	do(nil)

	var a Abser
	a = MyFloat(-2.5)
	fmt.Println(a.Abs())
	a = &Vertex{3, 4}
	fmt.Println(a.Abs())
	var nilI I
	fmt.Println(nilI == nil)
	fmt.Printf("(%v, %T)\n", nilI, nilI)
}
