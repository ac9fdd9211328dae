package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"log"
	"sort"
)

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Points []Point
	Tags   map[string]int
	Scale  *float64
	hidden string
}

type ShapeView struct {
	Name   string
	Points []Point
	Tags   map[string]int
	Extra  string
}

func main() {
	scale := 1.5
	shapes := []Shape{
		{Name: "triangle", Points: []Point{{0, 0}, {4, 0}, {2, 3}}, Tags: map[string]int{"sides": 3, "closed": 1}, Scale: &scale, hidden: "x"},
		{Name: "line", Points: []Point{{1, 1}, {5, 5}}},
	}
	var network bytes.Buffer
	enc := gob.NewEncoder(&network)
	for _, s := range shapes {
		if err := enc.Encode(s); err != nil {
			log.Fatal("encode:", err)
		}
	}
	fmt.Println("encoded bytes > 0:", network.Len() > 0)

	dec := gob.NewDecoder(&network)
	for i := 0; i < 2; i++ {
		var v ShapeView
		if err := dec.Decode(&v); err != nil {
			log.Fatal("decode:", err)
		}
		keys := make([]string, 0, len(v.Tags))
		for k := range v.Tags {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("%s %v tags=%v extra=%q nilmap=%t\n", v.Name, v.Points, keys, v.Extra, v.Tags == nil)
	}
	var again Shape
	err := dec.Decode(&again)
	fmt.Println("end:", err)

	var b bytes.Buffer
	gob.NewEncoder(&b).Encode(map[string][]int{"primes": {2, 3, 5, 7}})
	var m map[string][]int
	gob.NewDecoder(&b).Decode(&m)
	fmt.Println(m)

	b.Reset()
	gob.NewEncoder(&b).Encode(Point{3, 4})
	var wrong struct{ A, B string }
	err = gob.NewDecoder(&b).Decode(&wrong)
	fmt.Println("mismatch:", err)
}
