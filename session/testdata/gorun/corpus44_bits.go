package main

import (
	"fmt"
	"math/bits"
)

func isPowerOfTwo(n uint) bool { return n != 0 && n&(n-1) == 0 }

func main() {
	var x uint32 = 0b1011_0000
	fmt.Printf("x=%08b ones=%d lead0=%d trail0=%d len=%d\n",
		x, bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x))
	fmt.Printf("reverse8(%08b)=%08b\n", uint8(0b0001_0110), bits.Reverse8(0b0001_0110))
	fmt.Printf("rotl(1,3)=%d rotl(1,-1)=%#x\n", bits.RotateLeft8(1, 3), bits.RotateLeft32(1, -1))

	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println("add64 overflow:", sum, carry)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println("mul64:", hi, lo)
	q, r := bits.Div64(0, 100, 7)
	fmt.Println("div64:", q, r)

	for _, n := range []uint{0, 1, 6, 64, 1023, 1024} {
		fmt.Printf("%d:%v ", n, isPowerOfTwo(n))
	}
	fmt.Println()

	// bitmask of subsets: set bits mark chosen items
	items := []string{"a", "b", "c"}
	for mask := 0; mask < 1<<len(items); mask++ {
		var pick []string
		for i := range items {
			if mask&(1<<i) != 0 {
				pick = append(pick, items[i])
			}
		}
		fmt.Print(pick)
	}
	fmt.Println()

	flags := uint8(0)
	const (
		Read uint8 = 1 << iota
		Write
		Exec
	)
	flags |= Read | Exec
	fmt.Printf("flags=%03b read=%t write=%t\n", flags, flags&Read != 0, flags&Write != 0)
	flags &^= Read
	fmt.Printf("flags=%03b xor=%d not=%d shift=%d\n", flags, 6^3, ^0, -16>>2)
	fmt.Println("UintSize:", bits.UintSize)
}
