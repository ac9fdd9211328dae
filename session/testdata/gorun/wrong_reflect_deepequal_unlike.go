package main

import (
	"fmt"
	"reflect"
)

// reflect.DeepEqual of values of different types is false in Go; the
// interpreter gives a Bitcoin and an int, or a cell struct and the plain
// struct it is made of, one reflect type, and answered true, silently.

type Bitcoin int

func (b Bitcoin) String() string { return fmt.Sprintf("%d BTC", int(b)) }

type Point struct{ X, Y int }

type Celsius float64

func main() {
	a := Bitcoin(1)
	fmt.Println(reflect.DeepEqual(a, Bitcoin(1)), reflect.DeepEqual(a, Bitcoin(2)))
	fmt.Println(reflect.DeepEqual(a, 1))
	fmt.Println(reflect.DeepEqual(Point{1, 2}, struct{ X, Y int }{1, 2}))
	fmt.Println(reflect.DeepEqual([]Celsius{1.5}, []float64{1.5}))
	fmt.Println(reflect.DeepEqual(int64(3), 3), reflect.DeepEqual(byte(1), uint8(1)))
	fmt.Println(reflect.DeepEqual(map[string]Point{"p": {}}, map[string]Point{"p": {}}))
}
