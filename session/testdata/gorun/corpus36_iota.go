package main

import "fmt"

type Size int

const (
	_       = iota
	KB Size = 1 << (10 * iota)
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

type Flag uint8

const (
	Read Flag = 1 << iota
	Write
	Exec
)

func (f Flag) String() string {
	s := ""
	for i, n := range []string{"r", "w", "x"} {
		if f&(1<<i) != 0 {
			s += n
		} else {
			s += "-"
		}
	}
	return s
}

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	X = iota * 2
	Y
	Z = "str"
	W
	V = iota
)

const (
	one = iota + 1
	_
	three
	four
)

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(Monday, Saturday, Weekday(3))
	fmt.Printf("%d %v %s\n", Friday, Friday, Friday+1)
	fmt.Println(Read, Write, Exec, Read|Exec, Read|Write|Exec)
	fmt.Printf("%d %d %v\n", Exec, Read|Write, Flag(0))
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(X, Y, Z, W, V)
	fmt.Println(one, three, four)
	days := []Weekday{Saturday, Monday}
	fmt.Println(days)
	fmt.Printf("%v %+v\n", days, map[Weekday]int{Tuesday: 2})
	type pair struct {
		D Weekday
		F Flag
	}
	fmt.Printf("%v %+v\n", pair{Thursday, Write}, pair{Sunday, Read | Write})
}
