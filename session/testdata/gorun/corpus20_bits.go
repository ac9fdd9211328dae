package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPow2(x int) bool { return x > 0 && x&(x-1) == 0 }

func singleNumber(nums []int) int {
	r := 0
	for _, n := range nums {
		r ^= n
	}
	return r
}

func subsets(items []string) [][]string {
	var out [][]string
	for mask := 0; mask < 1<<len(items); mask++ {
		var s []string
		for i := range items {
			if mask>>i&1 == 1 {
				s = append(s, items[i])
			}
		}
		out = append(out, s)
	}
	return out
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	for _, x := range []uint64{0, 1, 255, 1<<63 | 1, 0xdeadbeef} {
		fmt.Println(x, popcount(x), bits.OnesCount64(x))
	}
	for _, x := range []int{0, 1, 6, 64, 1023, 1024} {
		fmt.Print(isPow2(x), " ")
	}
	fmt.Println()
	fmt.Println(singleNumber([]int{4, 1, 2, 1, 2}))
	fmt.Println(subsets([]string{"a", "b", "c"}))
	fmt.Printf("%032b\n%032b\n", uint32(13), reverseBits(13))
	fmt.Println(reverseBits(13) == bits.Reverse32(13))
	fmt.Println(bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.Len(255))
	a, b := 12, 7
	a ^= b
	b ^= a
	a ^= b
	fmt.Println(a, b)
	var u8 uint8 = 200
	u8 += 100
	fmt.Println(u8, ^uint8(0), -7>>1, -7/2, 7&^5)
	x := int32(-1)
	fmt.Println(uint32(x), x<<31, uint16(x))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	fmt.Printf("%08b %08b %08b\n", 0b1010_1100&0b0110, 0b1010|0b0101, 0xF0^0xFF)
}
