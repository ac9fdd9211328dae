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
	numDays
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || d >= numDays {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Level uint8

func main() {
	for d := range numDays {
		fmt.Print(d, " ")
	}
	fmt.Println()
	for d := range numDays {
		if d.Weekend() {
			fmt.Printf("%v(%d) ", d, d)
		}
	}
	fmt.Println()
	var last Weekday
	for d := range numDays {
		last = d
	}
	fmt.Printf("%T %v %d\n", last, last, last)

	var lv Level = 3
	for l := range lv {
		fmt.Printf("%T %v; ", l, l)
	}
	fmt.Println()

	n := 4
	for i := range n {
		fmt.Println(strings.Repeat(" ", n-i-1) + strings.Repeat("*", 2*i+1))
	}
	for range 0 {
		fmt.Println("never")
	}
	for i := range -2 {
		fmt.Println("never", i)
	}
	var big int64 = 3
	sum := int64(0)
	for i := range big {
		sum += i * 1_000_000_000_000
	}
	fmt.Println(sum)

	const three = 3
	for i := range three {
		fmt.Print(i*i, ",")
	}
	fmt.Println()

	// The range expression is evaluated once.
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i)
	}
	fmt.Println(" limit", limit)

	grid := [3][4]int{}
	for r := range len(grid) {
		for c := range len(grid[r]) {
			grid[r][c] = r*10 + c
		}
	}
	fmt.Println(grid)
	var i int
	for i = range 5 {
	}
	fmt.Println("last", i)
}
