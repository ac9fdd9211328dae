package main

import (
	"fmt"
	"strings"
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

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var parts []string
	for _, x := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&x.bit != 0 {
			parts = append(parts, x.name)
		} else {
			parts = append(parts, "-")
		}
	}
	return strings.Join(parts, "")
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", float64(b))
}

type State int

const (
	Idle State = iota + 1
	Running
	_
	Stopped
)

func main() {
	fmt.Println(Monday, Saturday+1, Weekday(-1))
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v:%d:%t ", d, d, d.Weekend())
	}
	fmt.Println()
	fmt.Printf("%s %v %d %x %q\n", Friday, []Weekday{Monday, Friday}, Friday, Friday, Friday)
	m := map[Weekday]int{Monday: 1, Sunday: 2}
	fmt.Println(m)
	p := Read | Exec
	fmt.Println(p, Read|Write|Exec, Perm(0), p&^Read, uint8(p))
	fmt.Printf("%v %08b %s\n", p, p, Write)
	fmt.Println(ByteSize(1500), ByteSize(3*MB), 5*GB, ByteSize(12))
	fmt.Println(Idle, Running, Stopped)
	type pair struct {
		D Weekday
		P Perm
	}
	fmt.Printf("%v %+v\n", pair{Tuesday, Write}, pair{Thursday, 7})
	var s fmt.Stringer = Wednesday
	fmt.Println(s.String(), s)
}
