package main

import "fmt"

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

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Tuesday:
		return "Tue"
	case Thursday:
		return "Thu"
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	a, b = iota, iota + 100
	c, d
	e, f = "e", iota
)

const big = 1 << 100
const typedF float32 = 1.5

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Printf("%v %d %T\n", Friday, Friday, Friday)
	fmt.Println(KB, MB, GB)
	fmt.Printf("%.0f %T\n", GB, GB)
	fl := FlagA | FlagC
	fmt.Printf("%04b %v %v\n", fl, fl&FlagC != 0, fl&FlagB != 0)
	fl &^= FlagA
	fmt.Printf("%04b %d\n", fl, fl)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(big >> 98)
	fmt.Printf("%v %T\n", typedF*2, typedF)
	var w Weekday = 2
	fmt.Printf("%v %+v %#v %s\n", w, w, w, w)
	days := []Weekday{Monday, Sunday, 9}
	fmt.Println(days)
}
