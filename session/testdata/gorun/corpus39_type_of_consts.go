package main

import (
	"fmt"
	"math"
	"time"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

const Big = 1 << 100
const Pi2 = math.Pi * 2

func main() {
	fmt.Printf("%T %T %T %T %T %T\n", 1, 1.0, 1i, 'a', "s", true)
	fmt.Printf("%T %T %T\n", 1+2.0, 'a'+1, 2*1.5)
	fmt.Printf("%T %T\n", Big>>98, Pi2)
	fmt.Println(Big>>98, Pi2)
	fmt.Printf("%T %v\n", Monday, Monday)
	x := 10
	y := 3
	fmt.Printf("%T %v %T %v\n", x/y, x/y, float64(x)/float64(y), float64(x)/float64(y))
	fmt.Printf("%T %T %T\n", x<<2, uint8(x)+1, int64(x)*2)
	fmt.Printf("%T %T\n", len("abc"), cap(make([]byte, 2)))
	fmt.Printf("%T %T %T\n", math.MaxInt8, math.Pi, math.MaxUint8)
	fmt.Printf("%T %T\n", time.Second, time.Second*2)
	fmt.Println(time.Second*2, 1.5*float64(time.Second))
	var r rune = 'x'
	var b byte = 'y'
	fmt.Printf("%T %T %v %v\n", r, b, r, b)
	fmt.Printf("%T %T\n", []byte("hi"), []rune("hi"))
	fmt.Printf("%T %T %T\n", [3]int{}, map[string][]float64{}, struct{ A uint }{})
	fmt.Printf("%T %T\n", func(int) string { return "" }, make(chan float32))
	fmt.Printf("%T %T\n", &x, new(complex64))
	var i interface{} = 42
	fmt.Printf("%T %T\n", i, error(nil))
	const typed int16 = 7
	fmt.Printf("%T %v\n", typed*2, typed*2)
	fmt.Printf("%v %T\n", 7/2, 7/2.0)
	fmt.Println(7/2, 7/2.0, 7.0/2, -7/2, -7%3, 7%-3)
	fmt.Printf("%T\n", 'a'*2.0)
}
