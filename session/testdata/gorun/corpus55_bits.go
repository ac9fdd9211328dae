package main

import (
	"fmt"
	"math/bits"
)

func isPowerOfTwo(n uint) bool { return n != 0 && n&(n-1) == 0 }

func subsets[T any](items []T) [][]T {
	n := len(items)
	var out [][]T
	for mask := range 1 << n {
		var s []T
		for i := range n {
			if mask&(1<<i) != 0 {
				s = append(s, items[i])
			}
		}
		out = append(out, s)
	}
	return out
}

func singleNumber(nums []int) int {
	x := 0
	for _, n := range nums {
		x ^= n
	}
	return x
}

func main() {
	for _, n := range []uint{0, 1, 6, 8, 255, 1024} {
		fmt.Printf("%4d: %016b ones=%d lz=%d tz=%d len=%d pow2=%v\n",
			n, n, bits.OnesCount(n), bits.LeadingZeros16(uint16(n)),
			bits.TrailingZeros(n), bits.Len(n), isPowerOfTwo(n))
	}
	var x uint8 = 0b1011_0001
	fmt.Printf("%08b reversed %08b rotl3 %08b\n", x, bits.Reverse8(x), bits.RotateLeft8(x, 3))
	fmt.Printf("%#x bytes reversed %#x\n", uint32(0x12345678), bits.ReverseBytes32(0x12345678))

	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println("mul64:", hi, lo)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println("add64:", sum, carry)
	q, r := bits.Div64(0, 100, 7)
	fmt.Println("div64:", q, r)

	fmt.Println("subsets:", subsets([]string{"a", "b", "c"}))
	fmt.Println("single:", singleNumber([]int{4, 1, 2, 1, 2}))

	flags := 0
	const (
		Read = 1 << iota
		Write
		Exec
	)
	flags |= Read | Exec
	fmt.Printf("flags=%03b canWrite=%v canExec=%v\n", flags, flags&Write != 0, flags&Exec != 0)
	flags &^= Exec
	fmt.Printf("flags=%03b\n", flags)
	fmt.Println("UintSize:", bits.UintSize)
}
