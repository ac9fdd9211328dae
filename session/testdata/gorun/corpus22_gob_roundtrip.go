package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"log"
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

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64 { return s.Side * s.Side }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Drawing struct {
	Title  string
	Shapes []Shape
}

func main() {
	var network bytes.Buffer
	enc := gob.NewEncoder(&network)
	dec := gob.NewDecoder(&network)

	err := enc.Encode(P{3, 4, 5, "Pythagoras", map[string]int{"a": 1}})
	if err != nil {
		log.Fatal("encode error:", err)
	}
	err = enc.Encode(P{1782, 1841, 1922, "Treehouse", nil})
	if err != nil {
		log.Fatal("encode error:", err)
	}

	var q Q
	for i := 0; i < 2; i++ {
		err = dec.Decode(&q)
		if err != nil {
			log.Fatal("decode error:", err)
		}
		fmt.Printf("%q: {%d, %d}\n", q.Name, *q.X, *q.Y)
	}

	gob.Register(Square{})
	gob.Register(Circle{})
	var buf bytes.Buffer
	d := Drawing{"doodle", []Shape{Square{2}, Circle{1}, Square{0.5}}}
	if err := gob.NewEncoder(&buf).Encode(d); err != nil {
		log.Fatal(err)
	}
	var d2 Drawing
	if err := gob.NewDecoder(&buf).Decode(&d2); err != nil {
		log.Fatal(err)
	}
	fmt.Println(d2.Title, len(d2.Shapes))
	total := 0.0
	for _, s := range d2.Shapes {
		fmt.Printf("%T %v\n", s, s.Area())
		total += s.Area()
	}
	fmt.Println("total", total)

	var b3 bytes.Buffer
	gob.NewEncoder(&b3).Encode(map[string][]int{"primes": {2, 3, 5}})
	var m map[string][]int
	gob.NewDecoder(&b3).Decode(&m)
	fmt.Println(m)

	var b4 bytes.Buffer
	gob.NewEncoder(&b4).Encode(struct{ A string }{"x"})
	var wrong struct{ B int }
	err = gob.NewDecoder(&b4).Decode(&wrong)
	fmt.Println("mismatch:", err)
}
