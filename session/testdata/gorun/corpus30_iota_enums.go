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
	return [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}[d]
}

func (d Weekday) Weekend() bool {
	return d == Saturday || d == Sunday
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

type Permission uint8

const (
	Read Permission = 1 << iota
	Write
	Execute
)

func (p Permission) String() string {
	s := ""
	for _, x := range []struct {
		bit Permission
		c   byte
	}{{Read, 'r'}, {Write, 'w'}, {Execute, 'x'}} {
		if p&x.bit != 0 {
			s += string(x.c)
		} else {
			s += "-"
		}
	}
	return s
}

type Status struct {
	Day  Weekday
	Perm Permission
}

func main() {
	fmt.Println(Monday, Saturday)
	fmt.Printf("%v %d %s %q\n", Tuesday, Tuesday, Tuesday, Tuesday)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%-9s weekend=%v\n", d, d.Weekend())
	}
	fmt.Println(KB, MB, GB)
	fmt.Printf("%.0f\n", GB)
	p := Read | Execute
	fmt.Println(p, Read|Write|Execute, Permission(0))
	fmt.Printf("%v %d %08b\n", p, p, p)
	st := Status{Friday, Write}
	fmt.Printf("%v %+v\n", st, st)
	days := []Weekday{Monday, Friday}
	fmt.Println(days)
	m := map[Weekday]int{Sunday: 1}
	fmt.Println(m)
}
