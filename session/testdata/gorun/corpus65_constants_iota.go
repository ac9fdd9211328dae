package main

import "fmt"

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

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	Big   = 1 << 100
	Small = Big >> 99
)

func needInt(x int) int           { return x*10 + 1 }
func needFloat(x float64) float64 { return x * 0.1 }

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func main() {
	fmt.Println(Monday, Friday)
	fmt.Printf("%v %d\n", Saturday, Saturday)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()

	fmt.Println(KB, MB, GB)
	fmt.Printf("%.0f\n", TB)

	fmt.Println(needInt(Small))
	fmt.Println(needFloat(Small))
	fmt.Println(needFloat(Big))

	const typed int = 10
	const untyped = 10
	var f float64 = untyped
	fmt.Println(typed, f)
	fmt.Printf("%T %T\n", untyped, f)
	fmt.Println(Red, Green, Blue)

	const (
		a = iota * 10
		b
		c
		_
		e
	)
	fmt.Println(a, b, c, e)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge > 1e299)
}
