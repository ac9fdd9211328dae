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

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

var colorNames = map[Color]string{Red: "red", Green: "green", Blue: "blue"}

func (c Color) String() string { return colorNames[c] }

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Sunday, Tuesday, Wednesday+0)
	fmt.Printf("%v %d %s\n", Monday, Monday, Monday)
	fmt.Println(KB, MB, GB)
	fmt.Println(Red, Blue, []Color{Green, Blue})
	f := FlagA | FlagC
	fmt.Println(f, f&FlagB != 0, f&FlagC != 0)
	fmt.Printf("%03b\n", f)
	days := map[Weekday]int{Monday: 1}
	fmt.Println(days)
}
