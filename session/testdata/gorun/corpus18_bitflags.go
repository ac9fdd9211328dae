package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

var permNames = []struct {
	p    Perm
	name string
}{{Read, "read"}, {Write, "write"}, {Exec, "exec"}, {Admin, "admin"}}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, pn := range permNames {
		if p&pn.p != 0 {
			parts = append(parts, pn.name)
		}
	}
	if rest := p &^ (Read | Write | Exec | Admin); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

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

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

type ByteSize float64

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

func main() {
	var p Perm
	fmt.Println(p)
	p |= Read | Write
	fmt.Println(p, p.Has(Read), p.Has(Read|Exec))
	p ^= Write
	p |= Admin | 1<<6
	fmt.Println(p, uint8(p))
	fmt.Printf("%v %d %08b %s\n", Exec, Exec, Admin, []Perm{Read, Exec | Write})
	for d := Sunday; d <= Saturday; d++ {
		if d.Weekend() {
			fmt.Print(d, "* ")
		} else {
			fmt.Print(d, " ")
		}
	}
	fmt.Println()
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(ByteSize(1500), ByteSize(3*MB+512*KB), ByteSize(1e13), ByteSize(12))
	const big = 1 << 100
	fmt.Println(big>>98, float64(big))
	var x uint8 = 200
	x += 100
	var y int8 = 127
	y++
	fmt.Println(x, y, ^uint16(0), -7/2, -7%2, 7>>1, -7>>1)
}
