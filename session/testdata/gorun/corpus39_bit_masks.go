package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	names := []string{"read", "write", "exec", "admin"}
	for i, n := range names {
		if p&(1<<uint(i)) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

func main() {
	var p Perm
	fmt.Println(p)
	p |= Read | Write
	fmt.Println(p, p.Has(Read), p.Has(Exec))
	p |= Admin
	p &^= Write
	fmt.Println(p)
	fmt.Printf("%d %08b %#x %o %#o %X %v %s\n", p, p, uint8(p), p, p, uint8(p), p, p)
	p ^= Exec
	fmt.Printf("%v %b\n", p, uint8(p))

	const mask = 0xFF00
	val := 0xABCD
	fmt.Printf("%#04x %#04x %#x\n", val&mask>>8, val&^mask, val|0x1_0000)
	fmt.Printf("%X %x %#X\n", 48879, -255, 255)
	fmt.Printf("%08b|%-8b|%8b\n", 5, 5, 5)
	fmt.Printf("%o %O %#o\n", 64, 64, 8)
	for i := 0; i < 5; i++ {
		fmt.Printf("1<<%d = %3d  %06b\n", i*2, 1<<(i*2), 1<<(i*2))
	}
	var flags uint32
	set := func(n uint) { flags |= 1 << n }
	clr := func(n uint) { flags &^= 1 << n }
	set(0)
	set(5)
	set(31)
	clr(5)
	fmt.Printf("%032b %d\n", flags, flags)
	fmt.Println(-8>>1, -8/2, -7>>1, -7/2, uint8(0x80)>>7)
	var sh uint = 70
	fmt.Println(1<<sh == 0, int64(1)<<62)
	fmt.Printf("%x\n", []byte{1, 0xab, 255})
	fmt.Printf("% X\n", []byte("Go!"))
}
