package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string {
	names := map[Weekday]string{Sunday: "Sun", Monday: "Mon", Tuesday: "Tue", Thursday: "Thu"}
	if n, ok := names[d]; ok {
		return n
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota
)

const (
	x, y = iota, iota + 100
	z, w
)

type Flags uint8

const (
	Read Flags = 1 << iota
	Write
	Exec
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Weekday(3), Weekday(9))
	fmt.Printf("%d %v %s\n", Thursday, Thursday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e)
	fmt.Println(x, y, z, w)

	perm := Read | Exec
	fmt.Printf("%03b %v %v\n", perm, perm&Write != 0, perm&Exec != 0)
	perm &^= Exec
	fmt.Printf("%03b\n", perm)

	// Untyped constants take the type their use needs.
	const big = 1 << 40
	var f32 float32 = big
	var i64 int64 = big
	fmt.Println(f32, i64, big/(1<<38))

	const third = 1.0 / 3
	fmt.Println(third, float32(third))
	const intDiv = 7 / 2
	const floatDiv = 7 / 2.0
	fmt.Println(intDiv, floatDiv)

	// Typed constants keep their type.
	const typed int32 = 5
	fmt.Printf("%T %T %T\n", typed, big, 'x')
	var days []Weekday
	for dd := Sunday; dd <= Thursday; dd++ {
		days = append(days, dd)
	}
	fmt.Println(days)
}
