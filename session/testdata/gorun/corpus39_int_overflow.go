package main

import (
	"fmt"
	"math"
)

func main() {
	v := 200
	i8 := int8(v)
	fmt.Println("int8(200):", i8)
	big := 70000
	fmt.Println("int16(70000):", int16(big), "uint16(70000):", uint16(big))
	neg := -1
	fmt.Println("uint8(-1):", uint8(neg), "uint32(-1):", uint32(neg), "uint64(-1):", uint64(neg))

	var u uint = 0
	u--
	fmt.Println("uint underflow:", u, u == math.MaxUint)
	var u8 uint8 = 3
	u8 -= 5
	fmt.Println("uint8 3-5:", u8)

	var x int8 = 127
	x++
	fmt.Println("int8 127+1:", x)
	var y int32 = math.MaxInt32
	y += 1
	fmt.Println("int32 max+1:", y)
	var z int64 = math.MinInt64
	z--
	fmt.Println("int64 min-1:", z)
	m := int64(math.MinInt64)
	fmt.Println("-MinInt64:", -m, m/-1)

	var a uint8 = 250
	for i := 0; i < 10; i++ {
		a++
	}
	fmt.Println("250+10 as uint8:", a)
	var p uint16 = 300
	fmt.Println("300*300 uint16:", p*p)
	var mul int32 = 100000
	fmt.Println("100000*100000 int32:", mul*mul)
	fmt.Println("int64:", int64(mul)*int64(mul))

	f := 3.99
	fmt.Println("int(3.99):", int(f), "int(-3.99):", int(-f))
	big2 := 1e10
	fmt.Println("int32 via int64:", int32(int64(big2)))
	r := 'A'
	fmt.Println(r, string(r), byte(r)+1, string(rune(byte(r)+1)))
	var s int8 = -128
	fmt.Println("-(-128) int8:", -s, s/-1)
	fmt.Printf("%d %d %d\n", int8(neg)&0x7f, uint8(int8(neg)), int16(int8(-128))>>1)
	high := uint32(1 << 31)
	fmt.Println(high<<1, int64(1)<<62)
}
