// %T of cell values held in library interfaces (fmt.Stringer, error,
// sort.Interface): a struct value whose last field is of another cell
// struct type, pointers to two error types of one shape, and two slice
// types of one shape.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Pt struct{ X, Y int }

type Line struct{ A, B Pt }

func (l Line) String() string { return fmt.Sprintf("%v-%v", l.A, l.B) }

type Reading struct{ Deg float64 }

type TooHot struct {
	Where string
	At    Reading
}

func (e TooHot) Error() string { return fmt.Sprintf("%s: %.1f", e.Where, e.At.Deg) }

type NotFound struct{ Name string }
type Denied struct{ Name string }

func (e *NotFound) Error() string { return "not found: " + e.Name }
func (e *Denied) Error() string   { return "denied: " + e.Name }

type Asc []int
type Desc []int

func (a Asc) Len() int             { return len(a) }
func (a Asc) Less(i, j int) bool   { return a[i] < a[j] }
func (a Asc) Swap(i, j int)        { a[i], a[j] = a[j], a[i] }
func (d *Desc) Len() int           { return len(*d) }
func (d *Desc) Less(i, j int) bool { return (*d)[i] > (*d)[j] }
func (d *Desc) Swap(i, j int)      { (*d)[i], (*d)[j] = (*d)[j], (*d)[i] }

func open(name string) error {
	if name == "root" {
		return &Denied{name}
	}
	return &NotFound{name}
}

func main() {
	var s fmt.Stringer = Line{Pt{1, 2}, Pt{3, 4}}
	fmt.Printf("%T %v\n", s, s)
	var err error = TooHot{"oven", Reading{250}}
	fmt.Printf("%T: %v\n", err, err)
	for _, n := range []string{"root", "bob"} {
		err := open(n)
		var nf *NotFound
		fmt.Printf("%T: %v %t\n", err, err, errors.As(err, &nf))
	}
	var x sort.Interface = Asc{3, 1, 2}
	sort.Sort(x)
	fmt.Printf("%T %v %d\n", x, x, x.Len())
	d := Desc{3, 1, 2}
	x = &d
	sort.Sort(x)
	fmt.Printf("%T %v\n", x, d)
}
