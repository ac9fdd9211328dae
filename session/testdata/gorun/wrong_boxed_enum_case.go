// A value of an enum type with methods held in an any, asserted to its own
// type and to a cell interface, and switched on: the interpreter's box names
// the type, so these run instead of ending in an error.
package main

import "fmt"

type Planet int

const (
	Mercury Planet = iota
	Venus
	Earth
)

func (p Planet) String() string   { return [...]string{"Mercury", "Venus", "Earth"}[p] }
func (p Planet) Describe() string { return "planet " + p.String() }

type Color uint8

func (c Color) Describe() string { return fmt.Sprintf("color %d", uint8(c)) }

type Describer interface{ Describe() string }

func main() {
	var x any = Venus
	if d, ok := x.(Describer); ok {
		fmt.Println(d.Describe(), d)
	}
	p, ok := x.(Planet)
	fmt.Println(p, ok, int(p)+1)
	switch v := x.(type) {
	case Color:
		fmt.Println("color", v)
	case Planet:
		fmt.Println("planet", v, v == Venus)
	}
	for _, v := range []any{Earth, Color(3)} {
		if d, ok := v.(Describer); ok {
			fmt.Println(d.Describe())
		}
	}
}
