package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func (b ByteSize) String() string {
	switch {
	case b >= YB:
		return fmt.Sprintf("%.2fYB", b/YB)
	case b >= ZB:
		return fmt.Sprintf("%.2fZB", b/ZB)
	case b >= EB:
		return fmt.Sprintf("%.2fEB", b/EB)
	case b >= PB:
		return fmt.Sprintf("%.2fPB", b/PB)
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

const (
	a, b = iota, iota * 100
	c, d
	e, f = "e", iota
)

type Flags uint

const (
	FlagUp Flags = 1 << iota
	FlagBroadcast
	FlagLoopback
	FlagPointToPoint
	FlagMulticast
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = Big * Big
)

const typedPi float32 = math.Pi
const untypedPi = math.Pi

func needFloat(x float64) float64 { return x * 0.1 }

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Printf("%T %T\n", Thursday, Friday)
	fmt.Println(KB, MB, GB, YB)
	fmt.Println(ByteSize(1e13), ByteSize(1536), ByteSize(12))
	fmt.Println(a, b, c, d, e, f)
	var fl Flags = FlagUp | FlagMulticast
	fmt.Println(fl, fl.Has(FlagBroadcast), fl.Has(FlagMulticast), FlagPointToPoint)
	fmt.Println(Small, needFloat(Big), Huge/Big/Big)
	fmt.Println(Big/1e29 > 12, float64(Big))
	fmt.Println(typedPi, untypedPi, float32(untypedPi) == typedPi)
	const k = 7 / 2
	const kf = 7 / 2.0
	fmt.Println(k, kf, 7.0/2, 1<<3+1, 'a'+1, string(rune('a'+1)))
	var r rune = 'x' - 'a'
	fmt.Println(r, math.MaxInt64, uint64(math.MaxUint64), math.MinInt8)
	const h = 'h'
	fmt.Printf("%T %v %c\n", h, h, h)
	var i8 int8 = 1 << 6
	fmt.Println(i8, 5.0 == 5, 1e3)
}
