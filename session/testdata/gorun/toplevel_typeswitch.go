package main

import "fmt"

type shape interface{ area() float64 }

type square struct{ side float64 }

func (s square) area() float64 { return s.side * s.side }

func main() {
	var x any = 3
	switch v := x.(type) {
	case int:
		fmt.Println("int", v+1)
	case string:
		fmt.Println("string", v)
	}
	for _, y := range []any{1, "a", square{2}, nil} {
		switch w := y.(type) {
		case int:
			fmt.Println("twice", w*2)
		case shape:
			fmt.Printf("area %.1f\n", w.area())
		case nil:
			fmt.Println("nothing")
		default:
			fmt.Printf("%T %v\n", w, w)
		}
	}
}
