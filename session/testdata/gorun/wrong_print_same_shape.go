package main

import "fmt"

// Two cell types of one shape are one type to the interpreter: what the
// printer cannot tell apart must end in an error, never a guess.
type Shape interface{ Area() int }

type Square struct{ side int }

func (s *Square) Area() int { return s.side * s.side }

type Tile struct{ side int }

func (t *Tile) Area() int { return 2 * t.side }

func main() {
	var s Shape = &Square{3}
	fmt.Println("area", s.Area())
	fmt.Printf("%T %v\n", s, s)
	shapes := []Shape{&Tile{2}, s}
	for _, x := range shapes {
		fmt.Printf("%T %d\n", x, x.Area())
	}
}
