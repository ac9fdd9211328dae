package main

import "fmt"

// An untyped constant shift takes the type of its context; beyond int64
// the interpreter failed on it, computing it as an int.
type Mask uint64

type reg struct {
	bits uint64
}

func high(x uint64) uint64 { return x >> 60 }

func main() {
	var top uint64 = 1 << 63
	var m Mask = 1 << 63
	var u uint = 1 << 63
	var y uint64
	y = 1 << 63
	y |= 1 << 62
	r := reg{bits: 1 << 63}
	all := []uint64{1 << 63, 1 << 10, 3 << 62}
	fmt.Println(top, m, u, y, r, all)
	fmt.Println(high(1<<63), high(1<<64-1), uint64(1<<63)>>1)
	fmt.Printf("%T %x %b\n", m, m, top>>60)
	var small uint64 = 1 << 40
	fmt.Println(small, small<<20)
}
