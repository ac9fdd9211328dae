package main

import (
	"fmt"
	"reflect"
)

// Values of cell types with methods, handed to a parameter of type any:
// the interpreter wraps them in a struct of its own, whose Kind and
// NumField reflect answered (struct, 2) in place of the value's.

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Point struct{ X, Y, Z int }

func (p Point) String() string { return "pt" }

type Plain struct{ A, B, C int }

type Names []string

func (n Names) Len() int { return len(n) }

type Label string

func (l Label) Upper() string { return string(l) + "!" }

func info(x any) {
	v := reflect.ValueOf(x)
	fmt.Print(v.Kind(), " ", reflect.TypeOf(x).Kind(), " ")
	switch v.Kind() {
	case reflect.Struct:
		fmt.Print(v.NumField(), " ", reflect.TypeOf(x).NumField())
	case reflect.Slice:
		fmt.Print(v.Len())
	case reflect.Float64:
		fmt.Print(v.Float())
	case reflect.Pointer:
		fmt.Print(v.Elem().Kind())
	}
	fmt.Println()
}

func main() {
	info(Temp(21.5))
	info(Point{1, 2, 3})
	info(&Point{1, 2, 3})
	info(Plain{})
	info(Names{"a", "b"})
	info(Label("x"))
	info([]int{1})
	var held any = Temp(2)
	fmt.Println(reflect.ValueOf(held).Kind(), reflect.TypeOf(held).Size())
}
