package main

import (
	"fmt"
	"math"
)

func main() {
	var neg int = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))

	var big uint32 = 4000000000
	fmt.Println(int32(big), int64(big))

	var x int64 = 300
	fmt.Println(int8(x), uint8(x), byte(x))

	var y int16 = -200
	fmt.Println(uint8(y), int8(y), uint16(y))

	// Mixing requires explicit conversions.
	var u uint = 3
	var i int = 5
	fmt.Println(int(u)-i, u-uint(i))

	// len() returns int; subtracting can go negative.
	s := []int{}
	fmt.Println(len(s)-1, uint(len(s))-1 == math.MaxUint)

	// Float to int truncates toward zero.
	pos, negf := 3.99, -3.99
	fmt.Println(int(pos), int(negf), int64(math.Floor(-3.5)), int(math.Round(2.5)))
	fv := 2.9
	fmt.Println(int(fv), uint8(fv*10))

	// Runes and bytes.
	r := 'é'
	fmt.Println(r, byte(r), string(rune(r)))
	b := byte(200)
	fmt.Println(int8(b), rune(b), string(rune(b)))

	// %d vs %x vs %b of negative numbers.
	var n8 int8 = -5
	fmt.Printf("%d %x %b %08b\n", n8, n8, n8, uint8(n8))
	fmt.Printf("%x %X %o %O\n", uint16(0xBEEF), 255, 8, 8)

	// Comparison after conversion.
	var small int8 = -1
	var large uint8 = 255
	fmt.Println(uint8(small) == large, small == int8(large))
	fmt.Println(math.MaxUint32, uint64(math.MaxUint64))
}
