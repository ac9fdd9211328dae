package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Point) Norm() int      { return p.X*p.X + p.Y*p.Y }

type busyErr struct{ op string }

func (b *busyErr) Error() string   { return b.op + ": busy" }
func (b *busyErr) Temporary() bool { return true }

type temporary interface{ Temporary() bool }

func describe(v interface{ Norm() int }) string {
	return fmt.Sprint(v, " has norm ", v.Norm())
}

func main() {
	var n interface{ Norm() int } = Point{3, 4}
	fmt.Println(n)
	fmt.Printf("%v %s %d\n", n, n, n.Norm())
	fmt.Println(describe(Point{1, 2}))

	var t interface{ Temporary() bool } = &busyErr{"read"}
	fmt.Println(t, t.Temporary())

	// errors.As to interfaces written in the program
	err := fmt.Errorf("fetch: %w", &busyErr{"dial"})
	var tmp temporary
	if errors.As(err, &tmp) {
		fmt.Println("temporary:", tmp.Temporary(), tmp)
	}
	var lit interface{ Temporary() bool }
	fmt.Println(errors.As(errors.Join(errors.New("other"), err), &lit), lit)
	var none interface{ Temporary() bool }
	fmt.Println(errors.As(errors.New("plain"), &none), none == nil)
}
