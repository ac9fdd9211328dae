package main

import (
	"fmt"
	"math"
)

const s string = "constant"

func main() {
	fmt.Println("go" + "lang")
	fmt.Println("1+1 =", 1+1)
	fmt.Println("7.0/3.0 =", 7.0/3.0)
	fmt.Println(true && false)
	fmt.Println(true || false)
	fmt.Println(!true)

	var a = "initial"
	fmt.Println(a)
	var b, c int = 1, 2
	fmt.Println(b, c)
	var d = true
	fmt.Println(d)
	var e int
	fmt.Println(e)
	f := "apple"
	fmt.Println(f)
	var g float64
	var h string
	var p *int
	fmt.Printf("%v %q %v\n", g, h, p)

	fmt.Println(s)
	const n = 500000000
	const dd = 3e20 / n
	fmt.Println(dd)
	fmt.Println(int64(dd))
	fmt.Println(math.Sin(n))
	const big = 1 << 100
	fmt.Println(big >> 98)
	const typed int32 = 7
	fmt.Printf("%T %T %T\n", typed, n, dd)
	x, y := 10, 3
	fmt.Println(x/y, x%y, float64(x)/float64(y))
	x, y = y, x
	fmt.Println(x, y)
}
