package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("Vec(%d,%d)", v.X, v.Y) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Reading struct {
	Where string
	T     Temp
	t     Temp
}

type Secret string

func (Secret) GoString() string { return `Secret("***")` }
func (s Secret) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprint(f, strings.Repeat("*", len(s)))
	default:
		fmt.Fprintf(f, "%%!%c(Secret)", verb)
	}
}

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

func main() {
	v := Vec{1, 2}
	fmt.Println(v, &v)
	fmt.Printf("%v %v %s\n", v, &v, &v)
	r := Reading{"lab", 21.5, 3}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println([]Temp{1, 2}, map[string]Temp{"a": 3})
	pe := &E{"ptr"}
	fmt.Println(E{"val"}, pe)
	s := Secret("hunter2")
	fmt.Println(s)
	fmt.Printf("%v %s %d %#v\n", s, s, s, s)
	vs := []*Vec{{3, 4}}
	fmt.Println(vs[0], len(vs))
}
