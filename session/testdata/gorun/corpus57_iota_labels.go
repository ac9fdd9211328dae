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
	return fmt.Sprintf("%.2fB", b)
}

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > 100 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v:%t ", d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(KB, MB, GB, ByteSize(1500), ByteSize(3.5*float64(MB)), ByteSize(12))
	fmt.Println(a, b, c, d, e, f)
	grid := [][]int{{1, -1, 7}, {2, 7}, {300, 7}, {7}}
	fmt.Println(findPair(grid, 7))
	fmt.Println(findPair(grid, 99))
	days := map[Weekday][]string{Monday: {"gym"}, Friday: {"party", "sleep"}}
	for d := range Saturday + 1 {
		if ev, ok := days[d]; ok {
			fmt.Println(d, ev)
		}
	}
	i := 0
loop:
	if i < 3 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
}
