package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	a = iota * 10
	b
	_
	d
)

const typedPi float32 = 3.14159
const untyped = 1 << 62

var x = 10

func shadow() {
	fmt.Println("outer x:", x)
	x := 20
	fmt.Println("inner x:", x)
	{
		x := "block"
		fmt.Println("block x:", x)
	}
	if x := 30; x > 25 {
		fmt.Println("if x:", x)
	}
	fmt.Println("after x:", x)
}

func main() {
	var i int
	var f float64
	var s string
	var bo bool
	var p *int
	fmt.Printf("%v %v %q %v %v\n", i, f, s, bo, p)
	fmt.Println(Monday, Wednesday, Sunday+2)
	fmt.Printf("%d %v %T\n", Tuesday, Tuesday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, d)
	fmt.Printf("%T %v\n", typedPi, typedPi)
	fmt.Println(untyped/(1<<60), math.MaxInt8, math.MinInt16)
	var u8 uint8 = 255
	u8++
	fmt.Println("overflow:", u8)
	var i8 int8 = 127
	i8++
	fmt.Println("overflow:", i8)
	shadow()
	fmt.Println("global x:", x)
	c := 'A'
	fmt.Printf("%T %v %c\n", c, c, c+1)
	const big = 1e3
	var n int = big
	fmt.Println(n, big/3)
	h, w := 3, 4
	h, w = w, h
	fmt.Println(h, w, math.Sqrt(float64(h*h+w*w)))
}
