package main

import (
	"fmt"
	"math"
)

const greeting = "hello"

const (
	kilo = 1000
	mega = kilo * kilo
)

const huge = 1 << 100

func main() {
	fmt.Println("go" + "lang")
	fmt.Println("1+1 =", 1+1)
	fmt.Println("7.0/3.0 =", 7.0/3.0)
	fmt.Println(true && false, true || false, !true)

	var a = "initial"
	var b, c int = 1, 2
	var d = true
	var e int
	var f float64
	var s string
	g := "short"
	fmt.Println(a, b, c, d, e, f, s == "", g)

	const n = 500000000
	const dd = 3e20 / n
	fmt.Println(dd)
	fmt.Println(int64(dd))
	fmt.Println(math.Sin(n))
	fmt.Println(greeting, mega, huge>>98)

	var u8 uint8 = 255
	u8++
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8)
	fmt.Printf("%T %T %T %T\n", 'x', 2.5, 3+4i, mega)
	x, y := 10, 3
	fmt.Println(x/y, x%y, -x/y, -x%y, float64(x)/float64(y))
	fmt.Println(math.MaxInt64, math.Pi, math.Inf(1), -math.MaxFloat32)
}
