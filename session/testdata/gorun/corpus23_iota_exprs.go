package main

import "fmt"

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota + 100
	f
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

type Permission uint8

const (
	Read Permission = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Permission) String() string {
	s := ""
	for i, name := range []string{"r", "w", "x"} {
		if p&(1<<i) != 0 {
			s += name
		} else {
			s += "-"
		}
	}
	return s
}

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

const (
	x0 = iota
	_
	x2
	y         = 3.5 * iota
	z float32 = iota
)

func main() {
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	fmt.Println(Read, Write, Exec, All, Read|Exec)
	fmt.Printf("%d %v %08b\n", All, All&^Write, uint8(All))
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Println(x0, x2, y, z)
	fmt.Printf("%T %T\n", y, z)
}
