package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
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

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

// Days yields the days from start, wrapping around, n times.
func Days(start Weekday, n int) iter.Seq[Weekday] {
	return func(yield func(Weekday) bool) {
		for i := range n {
			if !yield((start + Weekday(i)) % 7) {
				return
			}
		}
	}
}

func Forecast(temps map[Weekday]Temp) iter.Seq2[Weekday, Temp] {
	return func(yield func(Weekday, Temp) bool) {
		for _, d := range slices.Sorted(maps.Keys(temps)) {
			if !yield(d, temps[d]) {
				return
			}
		}
	}
}

func main() {
	for d := range Days(Friday, 4) {
		fmt.Print(d, " ")
	}
	fmt.Println()
	week := slices.Collect(Days(Monday, 5))
	fmt.Println(week, len(week))
	fmt.Printf("%v %d %T\n", week[0], week[0], week[0])

	temps := map[Weekday]Temp{Wednesday: 18.5, Monday: 21, Friday: 15.25}
	for d, t := range Forecast(temps) {
		fmt.Printf("%-4v %v (%s)\n", d, t, strings.Repeat("*", int(t)/5))
	}
	warm := maps.Collect(Forecast(temps))
	fmt.Println(warm)
	var names []string
	for d := range maps.Keys(warm) {
		names = append(names, d.String())
	}
	slices.Sort(names)
	fmt.Println(names)
	hottest := slices.MaxFunc(slices.Collect(maps.Values(temps)), func(a, b Temp) int {
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	})
	fmt.Println("hottest:", hottest)
	sorted := slices.Sorted(maps.Values(temps))
	fmt.Println(sorted, sorted[0] < sorted[1])
	next, stop := iter.Pull(Days(Saturday, 3))
	defer stop()
	d1, _ := next()
	d2, _ := next()
	fmt.Println(d1, d2, d2 == Sunday)
}
