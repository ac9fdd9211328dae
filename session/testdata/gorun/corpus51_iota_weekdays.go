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

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	_
	FlagExec
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x = iota + 'A'
	y
	z = "zed"
	w
	v = iota
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v(%d) weekend=%t\n", d, d, d.Weekend())
	}
	fmt.Println(Weekday(9), Friday+1)
	fmt.Printf("%v %d %T\n", Tuesday, Tuesday, Tuesday)

	fmt.Println(FlagRead, FlagWrite, FlagExec)
	perm := FlagRead | FlagExec
	fmt.Printf("%03b %v %v\n", perm, perm&FlagWrite != 0, perm&FlagExec != 0)
	perm &^= FlagRead
	fmt.Printf("%08b\n", perm)

	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w, v)
	fmt.Printf("%c %c\n", x, y)
}
