package main

import (
	"fmt"
	"slices"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

// Enum is satisfied by named integer types that describe themselves.
type Enum interface {
	~int
	String() string
}

func Names[E Enum](es []E) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.String()
	}
	return strings.Join(parts, "|")
}

func Largest[E Enum](es ...E) E {
	var best E
	for _, e := range es {
		if int(e) > int(best) {
			best = e
		}
	}
	return best
}

func Describe[T fmt.Stringer](items []T) []string {
	var out []string
	for _, it := range items {
		out = append(out, "<"+it.String()+">")
	}
	return out
}

func main() {
	colors := []Color{Blue, Red, Green}
	fmt.Println(colors)
	fmt.Println(Names(colors))
	slices.Sort(colors)
	fmt.Printf("%v %d %s\n", colors, colors, Largest(colors...))

	days := []Weekday{3, 0, 6}
	fmt.Println(Names(days), Largest(days...))
	fmt.Println(Describe(days))
	fmt.Printf("%v %+v %#v\n", Green, Weekday(5), Blue)
	var zero Color
	fmt.Printf("zero=%v %T\n", zero, zero)
	m := map[Color]int{Red: 1, Blue: 3}
	fmt.Println(m)
}
