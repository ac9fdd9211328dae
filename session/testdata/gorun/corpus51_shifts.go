package main

import (
	"fmt"
	"math/bits"
)

func main() {
	var s uint = 3
	fmt.Println(1<<s, 1<<s>>1)
	var i int = 1 << s
	var j int32 = 1 << s
	var k = uint64(1 << s)
	fmt.Println(i, j, k)

	var u8 uint8 = 0b1011_0001
	fmt.Printf("%08b %08b %08b\n", u8<<1, u8>>2, u8<<4>>4)

	var n int8 = -128
	fmt.Println(n>>1, n>>7, uint8(n)>>7)

	x := -17
	fmt.Println(x>>1, x/2, x<<2)

	var big uint64 = 1 << 63
	fmt.Println(big, big<<1, big>>63)

	mask := 0xF0
	val := 0xAB
	fmt.Printf("%#x %#x %#x %#x %#x\n", val&mask, val|mask, val^mask, val&^mask, ^val)

	setBit := func(v uint, b uint) uint { return v | 1<<b }
	clearBit := func(v uint, b uint) uint { return v &^ (1 << b) }
	hasBit := func(v uint, b uint) bool { return v&(1<<b) != 0 }
	var flags uint
	flags = setBit(flags, 1)
	flags = setBit(flags, 4)
	fmt.Println(flags, hasBit(flags, 4), hasBit(flags, 2))
	flags = clearBit(flags, 4)
	fmt.Println(flags)

	fmt.Println(bits.OnesCount(255), bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.Len(1023))
	fmt.Println(bits.Reverse8(1), bits.RotateLeft8(0b1000_0001, 1))

	// Shift count larger than width gives zero for unsigned.
	var w uint = 70
	fmt.Println(uint64(1)<<w, int64(-1)>>w)

	const c = 1 << 62
	fmt.Println(c>>60, c/(1<<61))

	var pow [8]int
	for p := range pow {
		pow[p] = 1 << p
	}
	fmt.Println(pow)
}
