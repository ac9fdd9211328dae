package main

import "fmt"

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

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x0 = iota * iota
	x1
	x2 = "str"
	x3
	x4 = iota + 100
)

const typed int32 = 7
const untyped = 7
const huge = 1 << 100
const ratio = huge >> 98

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
)

func main() {
	fmt.Println(Sunday, Wednesday, Monday+1)
	fmt.Printf("%v %d %T\n", Tuesday, Tuesday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Printf("%.0f %T\n", GB, MB)
	perms := FlagRead | FlagExec
	fmt.Println(perms, perms&FlagWrite != 0, perms&FlagExec != 0)
	perms &^= FlagRead
	fmt.Printf("%03b %v\n", perms, perms)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3, x4)
	fmt.Printf("%T %T\n", typed, untyped)
	var fl float64 = untyped
	fmt.Println(fl/2, untyped/2, ratio)
	fmt.Println(Debug, Info, Warn)
	fmt.Printf("%T %v\n", Warn, Warn)
	const local = 3
	arr := [local * 2]int{}
	fmt.Println(len(arr))
	fmt.Println(1<<3|1, 6&^2, 5^3, ^0, -5>>1, uint8(200)>>2)
	var sh uint = 3
	fmt.Println(1<<sh, int64(1)<<40, 1.5*float64(int(1)<<sh))
	days := []Weekday{Wednesday, Sunday}
	fmt.Println(days)
	fmt.Printf("%v %s %d\n", days, days, days)
	m := map[Weekday]int{Monday: 1}
	fmt.Println(m)
}
