package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	var b uint8 = 0
	b--
	fmt.Println("uint8 0-1 =", b)
	var c int32 = math.MaxInt32
	c += 1
	fmt.Println("int32 max+1 =", c)
	var d int64 = math.MinInt64
	d = -d
	fmt.Println("-MinInt64 =", d)
	var e uint = 0
	e = e - 1
	fmt.Println("uint 0-1 =", e)

	var m int8 = -128
	fmt.Println("-(-128) int8 =", -m, m/-1)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println("uint16 65535*2 =", u16)

	x := 300
	fmt.Println("byte(300) =", byte(x), "int8(200) =", int8(x-100))
	y := -1
	fmt.Println("uint32(-1) =", uint32(y), "uint8(-1) =", uint8(y))
	big := int64(1) << 40
	fmt.Println("int32(1<<40) =", int32(big), "int32(1<<40+5) =", int32(big+5))

	var sh uint8 = 1
	fmt.Println("1<<7 =", sh<<7, "1<<8 =", sh<<8, "1<<9 =", sh<<9)
	var neg int8 = -8
	fmt.Println("-8>>1 =", neg>>1, "-8>>10 =", neg>>10)
	var n uint = 70
	fmt.Println("1<<70 (int) =", 1<<n)

	f := 3.99
	fmt.Println("int(3.99) =", int(f), "int(-3.99) =", int(-f))
	fmt.Println("uint8 mult:", uint8(200)*uint8(x-298))
	var acc uint32 = 1
	for i := 0; i < 40; i++ {
		acc *= 3
	}
	fmt.Println("3^40 mod 2^32 =", acc)

	h := uint32(2166136261)
	for _, ch := range []byte("hello") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println("fnv1a(hello) =", h)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(^0, ^uint8(0), 5&^3, -5>>1)
}
