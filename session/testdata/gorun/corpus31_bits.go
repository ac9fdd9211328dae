// Bit manipulation examples in Go
package main

import (
	"fmt"
	"math/bits"
)

type Permission uint8

const (
	Read Permission = 1 << iota
	Write
	Execute
)

func (p Permission) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Execute != 0 {
		s[2] = 'x'
	}
	return string(s)
}

func countSetBits(n uint) int {
	count := 0
	for n > 0 {
		n &= n - 1
		count++
	}
	return count
}

func isPowerOfTwo(n int) bool { return n > 0 && n&(n-1) == 0 }

func main() {
	a, b := 12, 10
	fmt.Printf("a = %d (%04b), b = %d (%04b)\n", a, a, b, b)
	fmt.Printf("a & b  = %d (%04b)\n", a&b, a&b)
	fmt.Printf("a | b  = %d (%04b)\n", a|b, a|b)
	fmt.Printf("a ^ b  = %d (%04b)\n", a^b, a^b)
	fmt.Printf("a &^ b = %d (%04b)\n", a&^b, a&^b)
	fmt.Printf("a << 2 = %d, a >> 2 = %d\n", a<<2, a>>2)

	var x uint8 = 0b1010_0101
	fmt.Printf("x=%08b ^x=%08b\n", x, ^x)
	fmt.Println("set bits:", countSetBits(255), countSetBits(1023), bits.OnesCount(1023))
	fmt.Println("leading zeros:", bits.LeadingZeros32(1), "trailing:", bits.TrailingZeros(8))
	fmt.Println("reverse:", bits.Reverse8(0b00010011), "len:", bits.Len(255))

	for _, n := range []int{0, 1, 6, 16, 1024} {
		fmt.Print(n, ":", isPowerOfTwo(n), " ")
	}
	fmt.Println()

	p := Read | Write
	fmt.Println("perm:", p, "has exec:", p&Execute != 0)
	p |= Execute
	p &^= Write
	fmt.Printf("perm: %v %d %T\n", p, p, p)

	// swap without temp
	m, n := 7, 42
	m ^= n
	n ^= m
	m ^= n
	fmt.Println("swapped:", m, n)

	// toggle, set, clear k-th bit
	v := 0
	v |= 1 << 3
	v ^= 1 << 0
	v &^= 1 << 3
	fmt.Printf("%d %b %o %x %X %#x\n", v, 100, 100, 255, 255, 255)
	k := int8(-128)
	fmt.Println(-8>>1, uint32(1)<<31, k/-1 == -128, k-1)
}
