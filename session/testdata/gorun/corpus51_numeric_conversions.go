package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)

	var u8 uint8 = 0
	u8--
	fmt.Println(u8)

	big := 300
	fmt.Println(int8(big), uint8(big), byte(big))

	neg := -1
	fmt.Println(uint16(neg), uint32(neg), uint64(neg))

	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	fmt.Println(math.Round(f), math.Trunc(-f), math.Floor(-f))

	x := 10
	y := 4
	fmt.Println(x/y, float64(x)/float64(y), float64(x/y))
	fmt.Println(-7/2, -7%2, 7%-2)

	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(float64(f32) == f64, f32 == float32(f64))
	fmt.Println(float64(f32))

	fmt.Println(0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)

	var u uint = 3
	var i int = -5
	fmt.Println(int(u)+i, u+uint(i))

	c := complex(3, 4)
	fmt.Println(math.Hypot(real(c), imag(c)), c)

	var r rune = 'Ω'
	fmt.Println(r, byte(r), int(r))

	h := math.Inf(1)
	fmt.Println(h, -h, math.NaN() == math.NaN(), math.IsNaN(math.NaN()))
	fmt.Println(math.MaxInt32+1, int32(math.MaxInt16)*2)

	var i16 int16 = math.MaxInt16
	i16 += 10
	fmt.Println(i16)
	fmt.Printf("%T %T %T\n", 1<<10, 2.0*3, 'a'*2)
}
