package main

import (
	"fmt"
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

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func JoinAll[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type StringableInt interface {
	~int
	String() string
}

func Next[T StringableInt](v T) string {
	return v.String() + "->" + (v + 1).String()
}

func PrintAll[T any](xs ...T) {
	for i, x := range xs {
		fmt.Printf("%d: %v (%T)\n", i, x, x)
	}
}

func main() {
	fmt.Println(JoinAll([]Color{Blue, Red, Green}, ", "))
	fmt.Println(JoinAll([]Temp{21.5, -3}, " / "))
	fmt.Println(Next(Red))
	fmt.Println(Next(Green))
	PrintAll(Red, Blue)
	PrintAll[fmt.Stringer](Green, Temp(10))
	fmt.Printf("%v %d %s\n", Blue, Blue, Blue)
	fmt.Println([]Color{Red, Blue})
	m := map[Color]int{Red: 1, Blue: 2}
	fmt.Println(m)
}
