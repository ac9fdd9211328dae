package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 overflow:", i8)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 underflow:", u8)
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println(i64, i64 == math.MinInt64)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println(u16)
	x := 200
	b := byte(x) + byte(x)
	fmt.Println(b)
	n := 300
	fmt.Println(int8(n), uint8(n), int16(-n), uint32(-1*n))
	big := math.MaxInt64
	fmt.Println(big+1, -big-1)
	fmt.Println(-(math.MinInt64 + 0*big))

	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%3, -7%3, 7%-3, -7%-3)
	fmt.Println(7.0/2, float64(-7)/2)
	a, c := -17, 5
	fmt.Println(a/c, a%c, ((a%c)+c)%c)

	fmt.Println(1<<10, 1<<62, uint64(1)<<63)
	fmt.Println(-16>>2, 16>>2, -1>>10)
	var u uint = 1
	fmt.Println(u<<63>>63, u<<64)
	shift := 70
	fmt.Println(1<<shift == 0, int64(1)<<shift)
	fmt.Println(0b1010&0b0110, 0b1010|0b0110, 0b1010^0b0110, 0b1010&^0b0110)
	fmt.Printf("%08b %08b\n", ^uint8(5), uint8(5)<<3)
	var neg int8 = -128
	fmt.Println(neg/-1, -neg, neg*neg)
	fmt.Println(^0, ^5, -^5)

	var counter uint8
	for i := 0; i < 300; i++ {
		counter++
	}
	fmt.Println("counter:", counter)

	hash := uint32(2166136261)
	for _, ch := range []byte("hello") {
		hash ^= uint32(ch)
		hash *= 16777619
	}
	fmt.Println("fnv:", hash)

	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)))
	h := 0x7fffffff
	fmt.Println(int32(h)+int32(h), h+h)
	fmt.Printf("%d %x %o %b\n", -255, -255, -8, -5)
	var ui uint = 3
	var si int = -3
	fmt.Println(ui*uint(si), int(ui)*si)
	fmt.Println(len("abc") - 5)
	fmt.Println(10/3.0, 10/3, 10.0/3)
	const huge = 1 << 100
	fmt.Println(huge >> 98)
	div := 0
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(10 / div)
}
