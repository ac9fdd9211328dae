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

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < Sunday || d > Saturday {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Permission uint8

const (
	Read Permission = 1 << iota
	Write
	Execute
)

func (p Permission) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, f := range []struct {
		bit  Permission
		name string
	}{{Read, "read"}, {Write, "write"}, {Execute, "exec"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	return strings.Join(parts, "|")
}

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func main() {
	fmt.Println(Monday, Saturday, Weekday(9))
	for d := Sunday; d <= Saturday; d++ {
		if d.Weekend() {
			fmt.Printf("%v(%d) is weekend\n", d, d)
		}
	}
	fmt.Printf("%s %v %d %q\n", Friday, Friday+1, Friday, Tuesday)
	fmt.Println(ByteSize(1e13), ByteSize(2048), ByteSize(5<<20), ByteSize(100))
	p := Read | Execute
	fmt.Println(p, Read|Write|Execute, Permission(0))
	p |= Write
	p &^= Read
	fmt.Printf("%v %03b\n", p, p)
	fmt.Println(Debug, Info, Warn, Error)
	days := map[Weekday]string{Monday: "gym", Wednesday: "swim"}
	fmt.Println(days)
	fmt.Printf("%T %T\n", Monday, KB)
}
