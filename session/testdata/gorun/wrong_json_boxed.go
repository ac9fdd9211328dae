package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Circle struct {
	Radius float64 `json:"radius"`
}

func (c Circle) Area() float64 { return math.Round(math.Pi*c.Radius*c.Radius*100) / 100 }

type Rect struct {
	W, H float64
	note string
}

func (r *Rect) Area() float64 { return r.W * r.H }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Drawing struct {
	Name   string  `json:"name"`
	Shapes []Shape `json:"shapes"`
	Main   Shape   `json:"main"`
	Extra  any     `json:"extra,omitempty"`
}

func main() {
	d := Drawing{
		Name:   "d1",
		Shapes: []Shape{Circle{1}, &Rect{W: 2, H: 3, note: "hidden"}},
		Main:   Circle{2},
		Extra:  map[string]any{"temp": Celsius(21.5), "shape": Circle{3}},
	}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent([]any{Circle{4}, Celsius(-1), nil}, "", " ")
	fmt.Println(string(b))
	var none Drawing
	b, _ = json.Marshal(none)
	fmt.Println(string(b))
	for _, s := range d.Shapes {
		fmt.Println(s.Area())
	}
}
