package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
)

type P struct {
	X, Y, Z int
	Name    string
	Tags    map[string]int
}

type Q struct {
	X, Y *int32
	Name string
}

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	var network bytes.Buffer
	enc := gob.NewEncoder(&network)
	dec := gob.NewDecoder(&network)

	err := enc.Encode(P{3, 4, 5, "Pythagoras", map[string]int{"a": 1}})
	fmt.Println("encode:", err)
	// decoding into a different but compatible type
	var q Q
	err = dec.Decode(&q)
	fmt.Println("decode:", err)
	fmt.Printf("%q: {%d, %d}\n", q.Name, *q.X, *q.Y)

	gob.Register(Square{})
	gob.Register(Circle{})
	shapes := []Shape{Square{2}, Circle{1}, Square{3}}
	path := filepath.Join(os.TempDir(), "corpus52_shapes.gob")
	f, err := os.Create(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(path)
	if err := gob.NewEncoder(f).Encode(shapes); err != nil {
		fmt.Println("encode shapes:", err)
	}
	f.Close()

	rf, _ := os.Open(path)
	defer rf.Close()
	var back []Shape
	if err := gob.NewDecoder(rf).Decode(&back); err != nil {
		fmt.Println("decode shapes:", err)
	}
	for _, s := range back {
		fmt.Printf("%T %.1f\n", s, s.Area())
	}

	var wrong struct{ Other string }
	var buf bytes.Buffer
	gob.NewEncoder(&buf).Encode(P{X: 1})
	fmt.Println(gob.NewDecoder(&buf).Decode(&wrong))
}
