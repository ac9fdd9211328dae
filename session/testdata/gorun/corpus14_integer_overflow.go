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
	var u uint = 0
	u--
	fmt.Println(u == math.MaxUint, u)
	var i32 int32 = math.MaxInt32
	i32 += 10
	fmt.Println(i32)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println(u16)

	big := 300
	fmt.Println(int8(big), uint8(big), byte(big+1))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg))
	fmt.Println(int16(40000 - big))

	f := 3.99
	fmt.Println(int(f), int(-f), int(math.Round(f)), math.Trunc(-f))
	g := 2.5
	fmt.Println(math.Round(g), math.Floor(-g), math.Ceil(-g), int64(g*3))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	x, y := 7, 2
	fmt.Println(float64(x)/float64(y), float64(x/y))

	var total uint8
	for i := 0; i < 10; i++ {
		total += 30
	}
	fmt.Println(total)

	a := int64(math.MaxInt64)
	fmt.Println(a+1 < 0, -a-1 == math.MinInt64)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16)
	var h uint32 = 2166136261
	for _, c := range []byte("hash") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	fmt.Printf("%d %x %o %b\n", 255, 255, 8, 5)
	fmt.Printf("%08b %X %#x %#o\n", int8(-1)&0x7f, 3054, 255, 8)
	var r rune = 0x10FFFF
	fmt.Println(r+1, int32(r)+1)
	fmt.Println(uint64(1<<63), int64(-1<<63))
	c := 1e3
	fmt.Println(int(c), int(1e9)*3)
	var ff float32 = 0.1
	fmt.Println(float64(ff) == 0.1, ff == 0.1, float64(ff))
}
