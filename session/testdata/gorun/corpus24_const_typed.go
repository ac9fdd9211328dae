package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Huge = Big * Big

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	_
	FlagE
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func main() {
	// Untyped constants have arbitrary precision until used.
	fmt.Println(Big >> 98)
	fmt.Println(Huge / Big / Big)
	fmt.Println(float64(Big))

	const typed int64 = 1 << 62
	fmt.Println(typed, typed/2)

	// Untyped constants take the type the context wants.
	var f float32 = 1 / 3.0
	var g float64 = 1 / 3.0
	fmt.Println(f, g)
	fmt.Println(1/2, 1/2.0, 3/2*2.0)

	fmt.Println(Monday, Tuesday+0, Weekday(0))
	fmt.Printf("%v %d %T\n", Monday, Monday, Monday)

	flags := FlagA | FlagC | FlagE
	fmt.Printf("%08b %v %v\n", flags, flags&FlagB != 0, flags&FlagE != 0)
	flags &^= FlagA
	fmt.Printf("%08b\n", flags)

	fmt.Println(KB, MB, GB)

	const c = 'a' + 1
	fmt.Printf("%T %v %c\n", c, c, c)
	const s = "con" + "cat"
	fmt.Println(len(s), s)

	fmt.Println(math.MaxUint32, uint64(math.MaxUint64), math.Pi)
	const bigFloat = 1e400 / 1e399
	fmt.Println(bigFloat)
	var x uint8 = 255
	x += 1 // fine at run time: wraps
	fmt.Println(x)
	const small int8 = -128
	fmt.Println(small, -(small + 1))
	type Celsius float64
	const boiling Celsius = 100
	fmt.Printf("%v %T\n", boiling*9/5+32, boiling)
}
