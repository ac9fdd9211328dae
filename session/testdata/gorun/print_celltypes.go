package main

import (
	"fmt"
	"log"
	"os"
)

type point struct{ x, y int }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type named struct {
	Name string
	At   point
}

type vec struct{ X, Y int }

func (v *vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type base struct{ id int }
type derived struct {
	base
	name string
}

type both struct{}

func (both) Error() string  { return "as error" }
func (both) String() string { return "as string" }

type boom struct{}

func (boom) String() string { panic("bad") }

type count int

func (c count) String() string { return "count!" }

func main() {
	p := point{1, 2}
	fmt.Printf("%+v %v\n", p, p)
	fmt.Println(&p, []point{{1, 2}, {3, 4}}, map[string]point{"a": {5, 6}})
	fmt.Printf("%+v %+v\n", &p, map[string]point{"b": {7, 8}, "a": {5, 6}})
	fmt.Println(named{"n", p})
	fmt.Printf("%+v\n", named{"n", p})
	var c celsius = 21.5
	fmt.Println(c)
	fmt.Printf("%v %s %.2f %q|%8s|\n", c, c, c, c, c)
	v := &vec{1, 2}
	fmt.Println(v)
	e := myErr{3}
	fmt.Println(e)
	fmt.Printf("%v %s %+v\n", e, e, e)
	w := fmt.Errorf("wrap: %w", e)
	fmt.Println(w)
	fmt.Println(derived{base{1}, "d"})
	fmt.Printf("%+v\n", derived{base{1}, "d"})
	fmt.Println(both{})
	fmt.Println(boom{})
	fmt.Printf("%d %v %5d|\n", count(3), count(3), count(4))
	s := fmt.Sprint(p, c)
	fmt.Println(s, fmt.Sprintf("%+v", p))
	fmt.Fprintf(os.Stdout, "%+v %s\n", p, c)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println(p, c, e)
	log.Printf("%+v", p)
}
