package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64
type Meters int

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

// Labeled is a constraint with a method as well as a type set.
type Labeled interface {
	comparable
	fmt.Stringer
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"red", "green", "blue"}[c]
}

type ID string

func (id ID) String() string { return "#" + string(id) }

func Describe[T Labeled](vs []T) string {
	seen := map[T]bool{}
	var out []string
	for _, v := range vs {
		if seen[v] {
			continue
		}
		seen[v] = true
		out = append(out, v.String())
	}
	return strings.Join(out, ",")
}

type Parser[T any] interface {
	Parse(string) (T, error)
}

type intParser struct{}

func (intParser) Parse(s string) (int, error) { return strconv.Atoi(s) }

func ParseAll[T any, P Parser[T]](p P, in []string) ([]T, error) {
	var out []T
	for _, s := range in {
		v, err := p.Parse(s)
		if err != nil {
			return out, fmt.Errorf("parse %q: %w", s, err)
		}
		out = append(out, v)
	}
	return out, nil
}

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	temps := []Celsius{20.5, 22, 19.5}
	fmt.Printf("%.2f %T\n", Sum(temps...), Sum(temps...))
	fmt.Println(Average([]Meters{3, 4, 8}))
	fmt.Println(Describe([]Color{Red, Blue, Red, Green}))
	fmt.Println(Describe([]ID{"a", "b", "a"}))
	ns, err := ParseAll[int](intParser{}, []string{"1", "22", "333"})
	fmt.Println(ns, err)
	ns, err = ParseAll[int](intParser{}, []string{"4", "x"})
	fmt.Println(ns, err)
}
