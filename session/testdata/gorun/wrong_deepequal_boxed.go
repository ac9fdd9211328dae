package main

import (
	"fmt"
	"reflect"
)

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Scene struct {
	Name   string
	Shapes []Shape
	ByName map[string]Shape
}

func build(r float64) Scene {
	return Scene{
		Name:   "s",
		Shapes: []Shape{Circle{r}, Square{2}},
		ByName: map[string]Shape{"c": Circle{r}},
	}
}

func main() {
	a, b := build(1), build(1)
	fmt.Println(reflect.DeepEqual(a, b))
	fmt.Println(reflect.DeepEqual(a, build(2)))
	fmt.Println(reflect.DeepEqual([]Shape{Circle{1}}, []Shape{Square{1}}))
	var x any = Circle{5}
	var y Shape = Circle{5}
	fmt.Println(reflect.DeepEqual(x, y), reflect.DeepEqual(x, Circle{5}), reflect.DeepEqual(x, Square{5}))
	got := []Shape{Circle{1}, nil}
	want := []Shape{Circle{1}, nil}
	fmt.Println(reflect.DeepEqual(got, want), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}))
}
