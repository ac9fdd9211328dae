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

	var b byte = 200
	b += 100
	fmt.Println("byte 200+100 =", b)
	x, y := byte(250), byte(10)
	fmt.Println("byte sum:", x+y, "as int:", int(x)+int(y))

	max64 := int64(math.MaxInt64)
	max64++
	fmt.Println("MaxInt64+1 =", max64, max64 == math.MinInt64)

	m := math.MinInt32
	v := int32(m)
	fmt.Println("-MinInt32 =", -v)
	fmt.Println("abs trap:", v*-1, v/-1)

	var u uint32 = 1 << 31
	fmt.Println(u*2, u<<1, u>>31)

	n := -8
	fmt.Println(n>>1, n>>10, n<<2, -1>>63)
	fmt.Println(uint8(n), uint16(n), uint32(n))
	fmt.Println(-7/2, -7%2, 7%-2, -7>>1)

	var s uint = 70
	fmt.Println(1<<s == 0, uint64(1)<<63)

	f := 1e20
	fmt.Println(int64(float64(math.MaxInt32) + 1))
	_ = f

	k := 300
	fmt.Println(byte(k), int8(k), uint16(-k+65536))

	total := uint8(0)
	for i := range 20 {
		total += uint8(i * 3)
	}
	fmt.Println("wrapped total:", total)

	a, c := math.MaxUint16, 1
	fmt.Println(uint16(a)+uint16(c), a+c)
	hi := uint8(0xF0)
	fmt.Printf("%08b %08b\n", hi<<2, int8(-128)>>3)
}
