package main

import (
	"fmt"
	"math"
	"unsafe"
)

func main() {
	fmt.Printf("%-8s %5s %22s %22s\n", "type", "bytes", "min", "max")
	fmt.Printf("%-8s %5d %22d %22d\n", "int8", unsafe.Sizeof(int8(0)), math.MinInt8, math.MaxInt8)
	fmt.Printf("%-8s %5d %22d %22d\n", "int16", unsafe.Sizeof(int16(0)), math.MinInt16, math.MaxInt16)
	fmt.Printf("%-8s %5d %22d %22d\n", "int32", unsafe.Sizeof(int32(0)), math.MinInt32, math.MaxInt32)
	fmt.Printf("%-8s %5d %22d %22d\n", "int64", unsafe.Sizeof(int64(0)), math.MinInt64, math.MaxInt64)
	fmt.Printf("%-8s %5d %22d %22d\n", "uint8", unsafe.Sizeof(uint8(0)), 0, math.MaxUint8)
	fmt.Printf("%-8s %5d %22d %22d\n", "uint16", unsafe.Sizeof(uint16(0)), 0, math.MaxUint16)
	fmt.Printf("%-8s %5d %22d %22d\n", "uint32", unsafe.Sizeof(uint32(0)), 0, math.MaxUint32)
	fmt.Printf("%-8s %5d %22d %22d\n", "uint64", unsafe.Sizeof(uint64(0)), 0, uint64(math.MaxUint64))
	fmt.Printf("%-8s %5d\n", "int", unsafe.Sizeof(0))
	fmt.Printf("%-8s %5d\n", "uintptr", unsafe.Sizeof(uintptr(0)))
	fmt.Printf("%-8s %5d\n", "float32", unsafe.Sizeof(float32(0)))
	fmt.Printf("%-8s %5d\n", "complex128", unsafe.Sizeof(complex128(0)))

	var (
		a int8    = -5
		b uint16  = 65535
		c int32   = 1 << 30
		d uint64  = 1 << 63
		e byte    = 'z'
		f rune    = '世'
		g uintptr = 8
	)
	fmt.Println(a, b, c, d, e, f, g)
	fmt.Printf("%T %T %T %T %T %T %T\n", a, b, c, d, e, f, g)
	fmt.Printf("%v %d %c %q %U\n", f, f, f, f, f)
	fmt.Printf("%x %X %o %O %b\n", b, b, b, b, e)
	fmt.Println(int64(a)*int64(c), uint32(d>>32), float64(d))
	total := int(a) + int(b) + int(c)
	fmt.Println("sum:", total)
	fmt.Println(unsafe.Sizeof(struct {
		a bool
		b int64
		c bool
	}{}), unsafe.Sizeof([4]int16{}))
}
