package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)

	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)

	var u16 uint16 = 65535
	u16 += 2
	fmt.Println("uint16 65535+2 =", u16)

	max := math.MaxInt64
	max++
	fmt.Println("MaxInt64+1 =", max, max == math.MinInt64)

	var i32 int32 = math.MinInt32
	fmt.Println("-MinInt32 =", -i32)
	var i64 int64 = math.MinInt64
	fmt.Println("MinInt64/-1 =", i64/int64(-1+0*i64))

	var m int8 = -128
	fmt.Println("abs trick:", -m, m*-1)

	// Multiplication overflow.
	var a uint32 = 1 << 31
	fmt.Println(a*2, a*3)
	var b int16 = 300
	fmt.Println(b*b, int32(b)*int32(b))

	// Loop counters that wrap.
	count := 0
	for u := uint8(250); u != 4; u++ {
		count++
	}
	fmt.Println("steps from 250 to 4:", count)

	// Constants are exact until assigned.
	const huge = 1 << 100
	fmt.Println(huge >> 98)
	const f = huge / (1 << 97)
	fmt.Println(f)

	// Shift amounts beyond the width.
	var one uint64 = 1
	s := uint(70)
	fmt.Println(one<<s, one<<63)
	var neg int32 = -8
	fmt.Println(neg>>1, neg>>40, uint32(neg)>>1)

	// Overflow detection.
	addOK := func(x, y int32) (int32, bool) {
		z := x + y
		return z, (z > x) == (y > 0)
	}
	fmt.Println(addOK(math.MaxInt32, 1))
	fmt.Println(addOK(10, 20))
}
