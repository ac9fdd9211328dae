package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize)
	for _, x := range []uint8{0, 1, 7, 8, 255} {
		fmt.Printf("%08b len=%d ones=%d lz=%d tz=%d rev=%08b\n",
			x, bits.Len8(x), bits.OnesCount8(x), bits.LeadingZeros8(x), bits.TrailingZeros8(x), bits.Reverse8(x))
	}
	fmt.Printf("%032b\n", bits.RotateLeft32(0xF000000F, 4))
	fmt.Printf("%016b\n", bits.RotateLeft16(1, -1))
	fmt.Printf("%#x\n", bits.ReverseBytes32(0x12345678))
	fmt.Println(bits.OnesCount64(0xFFFF_FFFF_FFFF_FFFF), bits.Len64(1<<40))

	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 1<<32)
	fmt.Println(q, r)
	fmt.Println(bits.Rem64(1, 5, 7))

	nextPow2 := func(n uint) uint {
		if n <= 1 {
			return 1
		}
		return 1 << bits.Len(n-1)
	}
	for _, n := range []uint{0, 1, 3, 16, 17, 1000} {
		fmt.Print(nextPow2(n), " ")
	}
	fmt.Println()

	var set uint64
	for _, i := range []int{3, 5, 63, 0} {
		set |= 1 << i
	}
	for s := set; s != 0; s &= s - 1 {
		fmt.Print(bits.TrailingZeros64(s), " ")
	}
	fmt.Println(bits.OnesCount64(set))
	x := uint32(0b1011_0000)
	fmt.Println(x&-x, x&(x-1), ^x>>28, x<<2|1)
	var i8 int8 = -128
	fmt.Println(i8>>1, uint8(i8)>>1, -i8)
	fmt.Printf("%b %o %O %x %X %#b\n", 10, 64, 64, 255, 255, 5)
	const mask = 1<<bits.UintSize - 1
	fmt.Println(uint(mask) == ^uint(0))
	defer func() { fmt.Println("recovered:", recover()) }()
	bits.Div32(1, 0, 1)
}
