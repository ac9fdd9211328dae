package main

import "fmt"

const (
	shark   = "Sammy"
	year    = 365
	leapDay = year + 1
)

const (
	Sunday = iota
	Monday
	Tuesday
	Wednesday
)

type Weekday int

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

var (
	count   int
	message string
	ratio   float64
	active  bool
)

func main() {
	var i int = 1
	j := 2
	var s = "hello"
	fmt.Println(i, j, s)

	fmt.Printf("zero values: %d %q %v %v\n", count, message, ratio, active)

	x, y, z := 10, "ten", 10.5
	fmt.Println(x, y, z)

	x, y = 20, "twenty"
	fmt.Println(x, y)

	// swap
	a, b := 1, 2
	a, b = b, a
	fmt.Println("swapped:", a, b)

	fmt.Println(shark, "has", year, "days; in a leap year", leapDay)
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Println("KB", KB, "MB", MB, "GB", GB)

	const typed int64 = 42
	const untyped = 42
	var f float64 = untyped
	fmt.Printf("%T %T %v\n", typed, untyped, f)

	var d Weekday = 3
	fmt.Printf("%v %T\n", d, d)

	// shadowing
	n := 1
	if true {
		n := 2
		fmt.Println("inner n:", n)
	}
	fmt.Println("outer n:", n)

	var _ = "discarded"
	const big = 1 << 100
	fmt.Println(big >> 98)
}
