package main

import (
	"fmt"
	"math/bits"
	"strconv"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPow2(x int) bool { return x > 0 && x&(x-1) == 0 }

func reverseBits8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	var p Perm = Read | Write
	fmt.Println(p, p|Exec, p&^Write, Perm(7), uint8(p))
	fmt.Printf("%v %d %08b %s\n", p, p, p, Exec)
	for _, x := range []uint64{0, 1, 255, 1<<63 | 5, 0xdeadbeef} {
		fmt.Println(x, popcount(x), bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x))
	}
	for _, x := range []int{0, 1, 6, 64, 1023, 1024} {
		fmt.Print(isPow2(x), " ")
	}
	fmt.Println()
	fmt.Printf("%08b %08b\n", 0b10110000, reverseBits8(0b10110000))
	fmt.Println(bits.RotateLeft8(0b10010001, 3), bits.Reverse8(0b10110000), bits.ReverseBytes32(0x11223344) == 0x44332211)
	var x int8 = -8
	fmt.Println(x>>1, uint8(x)>>1, x<<4, -x, ^x)
	var u uint32 = 1
	fmt.Println(u<<31, u<<31<<1, ^u, -u)
	n := 0b1011_0110
	fmt.Println(strconv.FormatInt(int64(n), 2), strconv.FormatInt(-255, 16), fmt.Sprintf("%#x %#o %O", n, n, n))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println(sum, carry)
	a, b := 12, 25
	a ^= b
	b ^= a
	a ^= b
	fmt.Println(a, b, 1<<10, 7&^5, 6|9, 6^3)
	flags := 0
	for i := range 5 {
		if i%2 == 0 {
			flags |= 1 << i
		}
	}
	fmt.Printf("%05b %d\n", flags, flags)
}
