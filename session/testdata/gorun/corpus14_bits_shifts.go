package main

import (
	"fmt"
	"math/bits"
)

type Perm uint16

const (
	OtherX Perm = 1 << iota
	OtherW
	OtherR
	GroupX
	GroupW
	GroupR
	UserX
	UserW
	UserR
)

func (p Perm) String() string {
	const rwx = "rwxrwxrwx"
	b := []byte("---------")
	for i := 0; i < 9; i++ {
		if p&(1<<uint(8-i)) != 0 {
			b[i] = rwx[i]
		}
	}
	return string(b)
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	p := UserR | UserW | GroupR | OtherR
	fmt.Println(p, uint16(p))
	fmt.Printf("%o %v\n", p, p|UserX|GroupX|OtherX)
	p &^= GroupR
	fmt.Println(p)
	fmt.Println(popcount(0xff), bits.OnesCount64(0xf0f0), bits.LeadingZeros8(1), bits.TrailingZeros(8))
	fmt.Println(bits.Reverse8(1), bits.RotateLeft8(0x81, 1), bits.Len(255))
	x := uint8(0b1010_1010)
	fmt.Printf("%08b %08b %08b %08b\n", x, x>>1, x<<1, ^x)
	fmt.Println(x>>8, uint32(1)<<31, int32(-8)>>1, uint32(0xFFFFFFFF)>>28)
	var s uint = 65
	fmt.Println(uint64(1)<<s, 1<<(s-2))
	y := -1
	fmt.Println(y<<3, y>>10, uint(y)>>60)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	isPow2 := func(n int) bool { return n > 0 && n&(n-1) == 0 }
	fmt.Println(isPow2(64), isPow2(96), isPow2(0))
	var flags uint8
	set := func(i uint) { flags |= 1 << i }
	clearB := func(i uint) { flags &^= 1 << i }
	toggle := func(i uint) { flags ^= 1 << i }
	set(0)
	set(3)
	toggle(5)
	clearB(0)
	fmt.Printf("%08b %d\n", flags, flags)
	mask := 0xF0
	fmt.Printf("%#x %#x %#x\n", mask&0x3C, mask|0x0F, mask^0xFF)
}
