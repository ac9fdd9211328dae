package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type Money struct {
	Cents int64
}

func (m Money) String() string {
	return "$" + strconv.FormatInt(m.Cents/100, 10) + "." + fmt.Sprintf("%02d", m.Cents%100)
}

type Point struct{ X, Y int }

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type ValidationError struct {
	Field string
}

func (v *ValidationError) Error() string { return "invalid " + v.Field }

func check(s string) error {
	if s == "" {
		return &ValidationError{"name"}
	}
	return nil
}

func main() {
	fmt.Println(Monday, Tuesday+0, Weekday(0))
	fmt.Printf("%v %d %s %q %x\n", Monday, Monday, Monday, Monday, Monday)
	fmt.Println(Money{12345}, &Point{1, 2}, Point{3, 4})
	fmt.Printf("%v %+v %#v\n", Point{1, 2}, Point{1, 2}, Point{1, 2})
	var sh Shape = Rect{2, 3}
	fmt.Printf("%v %T %.1f\n", sh, sh, sh.Area())
	err := check("")
	fmt.Println(err, err != nil)
	var ve *ValidationError
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", err), &ve), ve.Field)
	fmt.Println(check("x") == nil)
	days := []Weekday{Tuesday, Sunday, Monday}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	var names []string
	for _, d := range days {
		names = append(names, d.String())
	}
	fmt.Println(strings.Join(names, ","))
	fmt.Println(fmt.Sprintf("%6.2f|%-5s|%5s|%05d|%+d|%x|%o|%b|%e|%g", 3.14159, "ab", "cd", 42, 7, 255, 8, 5, 1234.5678, 0.000012))
	fmt.Printf("%t %c %U %p\n", true, 'G', 0x1F600, nil)
	fmt.Printf("%8.3s|%-8d|%x\n", "abcdef", 12, "hi")
	fmt.Printf("%[2]d %[1]d %v\n", 1, 2, []string{"a"})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Println(fmt.Sprintln("a", 1, "b"), fmt.Sprint("a", 1, 2, "b"))
	type local struct{ A int }
	fmt.Printf("%+v %T\n", local{1}, local{1})
	fmt.Printf("%v %+v\n", []Point{{1, 2}}, map[string]Point{"o": {}})
	fmt.Printf("%v %d\n", []Weekday{Monday}, []Weekday{Monday})
}
