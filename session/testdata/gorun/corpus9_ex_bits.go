package main

import (
	"fmt"
	"math/bits"
	"strconv"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPowerOfTwo(n int) bool { return n > 0 && n&(n-1) == 0 }

func singleNumber(nums []int) int {
	r := 0
	for _, n := range nums {
		r ^= n
	}
	return r
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
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

func grayCode(n int) []string {
	var out []string
	for i := 0; i < 1<<n; i++ {
		g := i ^ i>>1
		out = append(out, fmt.Sprintf("%0*b", n, g))
	}
	return out
}

func main() {
	for _, x := range []uint64{0, 1, 255, 1 << 63, 0xdeadbeef} {
		fmt.Print(popcount(x), "=", bits.OnesCount64(x), " ")
	}
	fmt.Println()
	for _, n := range []int{0, 1, 2, 3, 64, 96, 1024, -8} {
		fmt.Print(isPowerOfTwo(n), " ")
	}
	fmt.Println()
	fmt.Println(singleNumber([]int{4, 1, 2, 1, 2}))
	fmt.Println(reverseBits(43261596), bits.Reverse32(43261596))
	fmt.Println(subsets([]string{"a", "b", "c"}))
	fmt.Println(grayCode(3))
	var flags uint8
	flags |= 1 << 3
	flags |= 1 << 0
	fmt.Printf("%08b %d\n", flags, flags)
	flags &^= 1 << 3
	flags ^= 0xF0
	fmt.Printf("%08b %d\n", flags, flags)
	x := int32(-16)
	fmt.Println(x>>2, uint32(x)>>28, x<<1, strconv.FormatInt(int64(x), 2))
	fmt.Println(bits.Len64(1000), bits.TrailingZeros(96), bits.RotateLeft8(0b10010001, 1))
	hi, lo := bits.Mul64(1<<63, 4)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(hi, lo, sum, carry)
	n, _ := strconv.ParseUint("1011", 2, 8)
	fmt.Println(n, strconv.FormatUint(n, 16), 0b1011 == 0xb, 0o17, 1_000_000)
	a, b := 6, 9
	a ^= b
	b ^= a
	a ^= b
	fmt.Println(a, b)
}
