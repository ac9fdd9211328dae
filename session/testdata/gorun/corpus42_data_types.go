package main

import (
	"fmt"
	"math"
)

func main() {
	// Integers come in signed and unsigned flavours of several sizes.
	var a int8 = 127
	var b uint8 = 255
	var c int16 = -32768
	fmt.Println("int8 max:", a, "uint8 max:", b, "int16 min:", c)

	// Arithmetic on fixed-size integers wraps around.
	a++
	b++
	c--
	fmt.Println("after wrap:", a, b, c)

	var big int64 = math.MaxInt64
	fmt.Println("MaxInt64:", big)
	big++
	fmt.Println("MaxInt64+1:", big)

	var u uint32 = 0
	u--
	fmt.Println("uint32 0-1:", u)

	// Floating point numbers.
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println("float32:", f32, "float64:", f64)
	fmt.Println("0.1+0.2 =", 0.1+0.2)
	x, y := 0.1, 0.2
	fmt.Println("x+y =", x+y)
	fmt.Printf("%.2f %e %g\n", math.Pi, 123456.789, 1e21)

	// Booleans.
	isGopher := true
	fmt.Println("gopher?", isGopher, !isGopher)

	// Strings and runes.
	s := "Sammy"
	r := 'S'
	fmt.Println(s, r, string(r))
	fmt.Printf("%T %T %T %T\n", s, r, isGopher, f32)

	// Zero values.
	var zi int
	var zf float64
	var zs string
	var zb bool
	var zp *int
	fmt.Printf("%v %v %q %v %v\n", zi, zf, zs, zb, zp)

	// Special float values.
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, nan == nan)
	fmt.Println(math.MaxUint16, math.MinInt8, math.MaxFloat32)
}
