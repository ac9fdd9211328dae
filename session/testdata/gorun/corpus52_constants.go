package main

import (
	"fmt"
	"math"
)

type MyString string

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue"}[d]
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const Huge = 1 << 100

func main() {
	const typedHello string = "Hello, 世界"
	var s string = typedHello
	var m MyString = "untyped constant converts" // untyped string constant
	fmt.Println(s, m)

	const big = 1e100
	fmt.Println(big / 1e99)
	fmt.Println(Huge >> 98)

	var f32 float32 = math.Pi
	var f64 float64 = math.Pi
	fmt.Println(f32, f64)
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'x', 1i)

	var u uint8 = 255
	fmt.Println(u+1 == 0)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))

	fmt.Println(Monday, Tuesday+0, Weekday(0))
	fmt.Printf("%v %d\n", Tuesday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64))
	h := 1 / 2
	h2 := 1 / 2.0
	fmt.Println(h, h2)
	const typed int64 = 5
	fmt.Printf("%T %v\n", typed*2, typed*2)
}
