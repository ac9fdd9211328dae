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

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

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
	return fmt.Sprintf("%.0fB", b)
}

type Permission uint8

const (
	Read Permission = 1 << iota
	Write
	Exec
)

func (p Permission) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, f := range []struct {
		bit  Permission
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
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

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v:%t ", d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(Friday, int(Friday))
	fmt.Printf("%s %d %v %q\n", Tuesday, Tuesday, Tuesday, Tuesday)
	days := []Weekday{Monday, Wednesday}
	fmt.Println(days)

	fmt.Println(ByteSize(512), ByteSize(1536), 3*MB, ByteSize(5.5*float64(GB)))
	rw := Read | Write
	fmt.Println(rw, Permission(0), Read|Exec, rw|Exec)
	fmt.Printf("%v %d %08b\n", rw, rw, rw)
	fmt.Println(Debug, Info, Error, Level(7))
	m := map[Level]int{Warn: 2, Error: 1}
	fmt.Println(m[Warn], m[Error], len(m))
	fmt.Println(fmt.Sprint(Saturday) + "!")
}
