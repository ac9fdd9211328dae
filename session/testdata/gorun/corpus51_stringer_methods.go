package main

import (
	"errors"
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type PtrOnly struct{ name string }

func (p *PtrOnly) String() string { return "PtrOnly:" + p.name }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return strings.Repeat("*", len(s)) }

type MyErr struct{ Code int }

func (e MyErr) Error() string  { return fmt.Sprintf("code %d", e.Code) }
func (e MyErr) String() string { return "never used: Error wins" }

type Path []Point

func (p Path) String() string {
	parts := make([]string, len(p))
	for i, pt := range p {
		parts[i] = pt.String()
	}
	return strings.Join(parts, "->")
}

type Wrapper struct {
	P    Point
	T    Temp
	Note string
}

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %s %+v %#v %d\n", p, p, p, p, p)

	v := PtrOnly{"v"}
	fmt.Println(v, &v)

	fmt.Println(Temp(21.55), []Temp{1, 2.25})
	fmt.Printf("%v %.3f\n", Temp(3), Temp(3))

	s := Secret("hunter2")
	fmt.Printf("%v %s %#v %q\n", s, s, s, s)

	e := MyErr{42}
	fmt.Println(e)
	var err error = e
	fmt.Printf("%v | %s | %+v\n", err, err, err)
	wrapped := fmt.Errorf("loading: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)

	fmt.Println(Path{{0, 0}, {1, 1}, {2, 0}})
	w := Wrapper{Point{3, 4}, 36.6, "fields use their Stringers"}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(map[Point]Temp{{1, 1}: 10, {0, 0}: 5})
	fmt.Println([]*Point{&p}[0])
	fmt.Println(fmt.Sprint(p) == p.String())
}
