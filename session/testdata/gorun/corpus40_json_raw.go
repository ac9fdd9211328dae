package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Envelope struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

type Circle struct {
	R float64 `json:"r"`
}

type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

type Shape interface {
	Area() float64
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }

func decode(e Envelope) (Shape, error) {
	switch e.Kind {
	case "circle":
		var c Circle
		err := json.Unmarshal(e.Data, &c)
		return c, err
	case "rect":
		var r Rect
		err := json.Unmarshal(e.Data, &r)
		return r, err
	}
	return nil, fmt.Errorf("unknown kind %q", e.Kind)
}

func main() {
	input := `[
		{"kind":"circle","data":{"r":2}},
		{"kind":"rect","data":{"w":3,"h":4.5}},
		{"kind":"hexagon","data":{"side":1}},
		{"kind":"rect","data":{"w":"wide"}}
	]`
	var envs []Envelope
	if err := json.Unmarshal([]byte(input), &envs); err != nil {
		fmt.Println("error:", err)
		return
	}
	total := 0.0
	for i, e := range envs {
		fmt.Printf("%d raw data: %s\n", i, e.Data)
		s, err := decode(e)
		if err != nil {
			fmt.Println("   skip:", err)
			continue
		}
		fmt.Printf("   %T area %.3f\n", s, s.Area())
		total += s.Area()
	}
	fmt.Printf("total area %.3f\n", total)

	out, _ := json.Marshal(Envelope{Kind: "note", Data: json.RawMessage(`{"text":"kept as is"}`)})
	fmt.Println(string(out))
}
