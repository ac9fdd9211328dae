package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type vec struct{ X, Y int }

func (v *vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	p := point{1, 2}
	fmt.Printf("%T %#v\n", p, p)
	fmt.Printf("%T\n", celsius(1))
	fmt.Println([]celsius{1, 2})
	fmt.Println(vec{1, 2})
	e := myErr{3}
	fmt.Println(errors.Is(fmt.Errorf("wrap: %w", e), e))
}
