package main

import "fmt"

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Slot struct {
	Shape Shape
	Count int
	Label any
}

type Board struct {
	First Slot
	Name  string
}

func main() {
	a := Slot{Circle{1}, 2, "x"}
	b := Slot{Circle{1}, 2, "x"}
	c := Slot{Rect{1, 1}, 2, "x"}
	fmt.Println(a == b, a != b, a == c)
	fmt.Println(Slot{Label: Circle{3}} == Slot{Label: Circle{3}}, Slot{} == Slot{})
	b1 := Board{a, "b"}
	b2 := Board{b, "b"}
	fmt.Println(b1 == b2, b1 == Board{c, "b"})
	pair := [2]Shape{Circle{1}, Rect{2, 3}}
	fmt.Println(pair == [2]Shape{Circle{1}, Rect{2, 3}}, pair != [2]Shape{Circle{1}, Rect{3, 2}})
	type Row struct {
		Cells [2]Shape
		Tag   string
	}
	fmt.Println(Row{pair, "r"} == Row{[2]Shape{Circle{1}, Rect{2, 3}}, "r"})
	slots := []Slot{a, c}
	for i, s := range slots {
		if s == b {
			fmt.Println("found at", i)
		}
	}
}
