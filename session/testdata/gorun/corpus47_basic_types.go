package main

import (
	"fmt"
	"math/cmplx"
)

var (
	ToBe   bool       = false
	MaxInt uint64     = 1<<64 - 1
	z      complex128 = cmplx.Sqrt(-5 + 12i)
)

func main() {
	fmt.Printf("Type: %T Value: %v\n", ToBe, ToBe)
	fmt.Printf("Type: %T Value: %v\n", MaxInt, MaxInt)
	fmt.Printf("Type: %T Value: %v\n", z, z)

	var i int
	var f float64
	var b bool
	var s string
	var r rune
	var by byte
	fmt.Printf("%v %v %v %q\n", i, f, b, s)
	fmt.Printf("%T %T %T %T %T %T\n", i, f, b, s, r, by)
	r = 'G'
	by = 'o'
	fmt.Printf("%v %q %c %v %q\n", r, r, r, by, by)
	var u8 uint8 = 255
	u8++
	fmt.Println("overflow wraps:", u8)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	fmt.Printf("%T %v\n", 3+4i, real(3+4i))
}
