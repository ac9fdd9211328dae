package main

import (
	"fmt"
	"math"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

type Flags uint8

const (
	FlagUp Flags = 1 << iota
	FlagBroadcast
	FlagLoopback
	FlagMulticast
)

const (
	Huge  = 1 << 100
	Small = Huge >> 98
)

const typedHello string = "Hello, 世界"
const untypedHello = "Hello, 世界"

type MyString string

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(ByteSize(1e13), ByteSize(123456789), ByteSize(1023))
	fmt.Println(Monday, Wednesday, Sunday+2)
	f := FlagUp | FlagMulticast
	fmt.Printf("%04b %v %v\n", f, f&FlagBroadcast != 0, f&FlagMulticast != 0)
	fmt.Println(Small)
	fmt.Println(Huge / (1 << 90))
	var m MyString = untypedHello
	fmt.Println(m)
	var m2 MyString = MyString(typedHello)
	fmt.Println(m2 == m)

	const big = 1 << 62
	var i8 int8 = 127
	fmt.Println(big>>60, i8)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64))
	const h = 'h'
	var r rune = h + 1
	var b byte = h
	fmt.Println(r, b, string(r))
	const x = 7.0
	var n int = x
	fmt.Println(n/2, x/2)
	var sqrt2 = math.Sqrt2
	fmt.Println(sqrt2, float32(math.Pi))
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'a', 1i)
	type Celsius float64
	const boiling Celsius = 100
	fmt.Printf("%v %T\n", boiling*9/5+32, boiling)
	const (
		a = iota * 10
		b2
		_
		d
	)
	fmt.Println(a, b2, d)
	fmt.Println(len("héllo"), len([3]int{}))
}
