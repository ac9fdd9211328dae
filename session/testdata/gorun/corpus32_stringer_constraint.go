package main

import (
	"fmt"
	"strings"
)

type Stringer interface {
	String() string
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

func JoinAll[T Stringer](items []T, sep string) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = it.String()
	}
	return strings.Join(parts, sep)
}

type StringableNumber interface {
	~int | ~float64
	String() string
}

func Double[T StringableNumber](v T) string {
	return (v * 2).String()
}

func main() {
	temps := []Celsius{20.5, 30, -4.25}
	fmt.Println(JoinAll(temps, " | "))
	colors := []Color{Blue, Red, Green}
	fmt.Println(JoinAll(colors, ", "))
	fmt.Println(Double(Celsius(21.5)))
	fmt.Println(Double(Green))
	fmt.Println(colors)
	fmt.Printf("%v %d %s\n", Blue, Blue, temps[0])
}
