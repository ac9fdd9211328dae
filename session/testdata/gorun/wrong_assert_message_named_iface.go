package main

import "fmt"

// Failed plain assertions on a named empty interface (Go names main.Any,
// the interpreter interface {}) and on a nil cell interface asserted to a
// library interface (Go: interface is nil), recovered and printed.

type Any interface{}

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var a Any = 1
	try("named empty", func() { _ = a.(string) })
	var s Shape = Sq{2}
	try("cell iface to cell type", func() { _ = s.(Circle) })
	try("cell iface to ptr", func() { _ = s.(*Sq) })
	var ns Shape
	try("nil cell iface", func() { _ = ns.(Sq) })
	try("nil to iface", func() { _ = ns.(fmt.Stringer) })
	try("to cell iface", func() { var x any = 3; _ = x.(Shape) })
	try("error to stringer", func() { var e error = fmt.Errorf("x"); _ = e.(fmt.Stringer) })
}
