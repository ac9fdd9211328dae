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

var colorNames = [...]string{"Red", "Green", "Blue"}

func (c Color) String() string {
	if c < 0 || int(c) >= len(colorNames) {
		return fmt.Sprintf("Color(%d)", int(c))
	}
	return colorNames[c]
}

type Pixel struct {
	X, Y int
	C    Color
}

func (p Pixel) GoString() string {
	return fmt.Sprintf("Pixel{X: %d, Y: %d, C: %s}", p.X, p.Y, p.C)
}

type Secret string

func (Secret) String() string   { return "****" }
func (Secret) GoString() string { return `Secret("****")` }

type Matrix [][]int

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		sb.WriteString(fmt.Sprint(row))
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", float64(*t)) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red})
	fmt.Println(map[Color]int{Red: 1, Green: 2})

	p := Pixel{1, 2, Blue}
	fmt.Printf("%v\n%+v\n%#v\n", p, p, p)
	fmt.Printf("%#v\n", []Pixel{p})

	s := Secret("hunter2")
	fmt.Println(s)
	fmt.Printf("%v %s %#v %q\n", s, s, s, s)
	fmt.Printf("%+v\n", struct {
		User string
		Pass Secret
	}{"admin", s})

	fmt.Print(Matrix{{1, 2}, {3, 4}})

	t := Temp(21.55)
	fmt.Println(t, &t)
	fmt.Printf("%v %v\n", t, &t)
	fmt.Println(fmt.Sprint(Red) + "/" + Blue.String())
	var st fmt.Stringer = Green
	fmt.Printf("%T %v\n", st, st)
}
