package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 100
const Four = Huge >> 98

const (
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	TwoPi = 2 * Pi
	Big   = 1e300 * 1e300 / 1e300
)

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
)

func main() {
	fmt.Println(Four, Huge>>99, Huge/(1<<97))
	fmt.Println(Big, TwoPi)
	const x = 10 / 4
	const y = 10 / 4.0
	const z = 'a' + 1
	fmt.Println(x, y, z, string(rune(z)))
	fmt.Printf("%T %T %T %T\n", x, y, z, 1i*1i)
	var f float32 = 1 / 3.0
	fmt.Println(f, 1/3.0)
	fmt.Println(Millisecond, Millisecond/Microsecond)
	fmt.Printf("%T\n", Millisecond)
	const mask = ^uint8(0)
	fmt.Println(mask, math.MaxInt64, uint64(math.MaxUint64))
	const typed int8 = 100
	fmt.Println(typed/3, -typed/3)
	fmt.Println(len("hello"), len([3]int{}), complex(1, 2)*2)
	const big = 1 << 62
	fmt.Println(uint64(big*2 - 1 + big*2))
	var u uint = 1
	fmt.Println(u<<63>>62, 1.0<<3)
	fmt.Println(math.Pi == Pi, float32(Pi))
}
