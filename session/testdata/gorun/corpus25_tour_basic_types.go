package main

import (
	"fmt"
	"math"
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
	var u uint64 = math.MaxUint64
	fmt.Println(u == MaxInt)
	var r rune = 'G'
	var by byte = 'o'
	fmt.Printf("%T %v %c %T %v %c\n", r, r, r, by, by, by)
	c := complex(3, 4)
	fmt.Println(real(c), imag(c), cmplx.Abs(c))
	fmt.Printf("%T %v\n", c*c, c*c)
	var f32 float32 = 0.1
	fmt.Printf("%T %v\n", f32, f32)
	fmt.Printf("%T %T %T %T\n", 42, 3.14, 0.5+1i, "s")
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	fmt.Printf("%T %v\n", uintptr(8), uintptr(8))
	fmt.Println(math.MaxInt64, math.MinInt64)
}
