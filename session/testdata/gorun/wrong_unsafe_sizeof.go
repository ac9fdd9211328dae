package main

import (
	"fmt"
	"unsafe"
)

// Cells cannot import unsafe; its Sizeof, Alignof and Offsetof are
// constants Go computes with the compiler's sizes, which the cells get.
type point struct {
	x, y int32
}

type record struct {
	flag  bool
	count int64
	tag   byte
	p     point
	name  string
	list  []int
}

type Celsius float64

func main() {
	var r record
	fmt.Println(unsafe.Sizeof(r), unsafe.Alignof(r), unsafe.Alignof(r.tag))
	fmt.Println(unsafe.Offsetof(r.count), unsafe.Offsetof(r.tag), unsafe.Offsetof(r.p), unsafe.Offsetof(r.name), unsafe.Offsetof(r.list))
	fmt.Println(unsafe.Sizeof(point{}), unsafe.Sizeof(Celsius(0)), unsafe.Sizeof(""), unsafe.Sizeof([]int{}))
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(uint16(0)), unsafe.Sizeof(0), unsafe.Sizeof(complex64(0)))
	var i any = 3
	m := map[string]int{}
	fmt.Println(unsafe.Sizeof(i), unsafe.Sizeof(m), unsafe.Sizeof([3]int16{}), unsafe.Sizeof(struct{}{}))
	size := unsafe.Sizeof(r.p)
	fmt.Printf("%T %v %d\n", size, size, size*2)
	const words = unsafe.Sizeof(uintptr(0)) * 8
	fmt.Println(words)
}
