package main

import (
	"fmt"
	"math/bits"
)

func main() {
	nums := []uint32{0, 1, 7, 8, 255, 1024, 0xDEADBEEF}
	fmt.Printf("%-10s %-34s %4s %4s %4s %4s\n", "n", "binary", "ones", "lz", "tz", "len")
	for _, n := range nums {
		fmt.Printf("%-10d %032b   %4d %4d %4d %4d\n", n, n, bits.OnesCount32(n),
			bits.LeadingZeros32(n), bits.TrailingZeros32(n), bits.Len32(n))
	}
	var x uint8 = 0b1011_0001
	fmt.Printf("%08b rotl3=%08b rotr2=%08b rev=%08b\n", x, bits.RotateLeft8(x, 3),
		bits.RotateLeft8(x, -2), bits.Reverse8(x))
	fmt.Printf("%#x -> %#x\n", uint32(0x12345678), bits.ReverseBytes32(0x12345678))
	fmt.Println(bits.UintSize, bits.OnesCount64(^uint64(0)))

	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println("Mul64:", hi, lo)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println("Add64:", sum, carry)
	diff, borrow := bits.Sub32(1, 2, 0)
	fmt.Println("Sub32:", diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println("Div64:", q, r)

	isPow2 := func(n uint) bool { return n != 0 && n&(n-1) == 0 }
	for _, n := range []uint{0, 1, 6, 64, 100, 4096} {
		fmt.Print(n, ":", isPow2(n), " ")
	}
	fmt.Println()
	nextPow2 := func(n uint32) uint32 {
		if n <= 1 {
			return 1
		}
		return 1 << bits.Len32(n-1)
	}
	fmt.Println(nextPow2(5), nextPow2(16), nextPow2(17), nextPow2(1000))
	var v uint16 = 0xF0F0
	fmt.Printf("%016b %016b %016b\n", v, v&^0x00FF, v^0xFFFF)
	fmt.Printf("lowest set bit of %d: %d\n", 40, 40&-40)
}
