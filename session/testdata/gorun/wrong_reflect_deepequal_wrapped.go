package main

import (
	"fmt"
	"reflect"
)

// A test helper's reflect.DeepEqual(got, want any) of values of cell
// types with methods: the interpreter wraps each in a struct of funcs,
// which DeepEqual never finds equal, so equal values compared false.

type Bitcoin int

func (b Bitcoin) String() string { return fmt.Sprintf("%d BTC", int(b)) }

type Point struct{ X, Y int }

func (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }

type Plain struct{ A int }

type Other int

func (o Other) String() string { return "other" }

func check(name string, got, want any) {
	if !reflect.DeepEqual(got, want) {
		fmt.Println(name, "FAIL")
		return
	}
	fmt.Println(name, "ok")
}

func main() {
	check("same bitcoins", Bitcoin(1), Bitcoin(1))
	check("different bitcoins", Bitcoin(1), Bitcoin(2))
	check("same points", Point{1, 2}, Point{1, 2})
	check("different points", Point{1, 2}, Point{2, 1})
	check("pointers to equal points", &Point{1, 2}, &Point{1, 2})
	check("plain structs", Plain{1}, Plain{1})
	check("slices", []Bitcoin{1, 2}, []Bitcoin{1, 2})
	check("types of one shape", Bitcoin(1), Other(1))
	check("nil and nil", nil, nil)
	check("bitcoin and nil", Bitcoin(0), nil)
}
