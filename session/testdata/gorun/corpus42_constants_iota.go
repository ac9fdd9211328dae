package main

import "fmt"

const Pi = 3.14159

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

func (d Weekday) Weekend() bool {
	return d == Saturday || d == Sunday
}

type Level int

const (
	_ Level = iota
	Low
	_
	High
	Critical = High * 10
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

func main() {
	fmt.Println(Pi)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(Monday, Saturday, Weekday(3))
	fmt.Printf("%d %v %s\n", Friday, Friday, Friday)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, ":", d.Weekend(), " ")
	}
	fmt.Println()
	fmt.Println(Low, High, Critical)
	fmt.Println(A, B, C, D, E, F)

	// Untyped constants adapt to the context they are used in.
	const big = 1 << 62
	const huge = big * 4 / 8
	var f float64 = huge
	var i int64 = huge
	fmt.Println(f, i)

	const typed int32 = 7
	var x int32 = typed * 2
	fmt.Printf("%T %v\n", x, x)

	const greeting = "hi"
	type myString string
	var ms myString = greeting
	fmt.Printf("%T %v\n", ms, ms)

	const leapYear = int32(366)
	hours := 24
	minutes := int32(60)
	fmt.Println(hours * 366)
	fmt.Println(minutes * leapYear)
	fmt.Println(5/2, 5.0/2, 5/2.0)
}
