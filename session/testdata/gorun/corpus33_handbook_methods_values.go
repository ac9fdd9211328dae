// Value vs pointer receivers, method sets and interfaces, nil receivers.
package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

type Incrementer interface{ Inc() }

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Val, t.Right)
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string) { *p = append(*p, s) }

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit   { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func main() {
	c := Counter{}
	c.Inc()
	c.Inc()
	fmt.Println(c.Value())
	var inc Incrementer = &c
	inc.Inc()
	fmt.Println(c.Value(), c)

	cs := []Counter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)

	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	fmt.Println(root)
	fmt.Println(root.Sum())
	var empty *Tree
	fmt.Println(empty.Sum(), empty)

	var p Path
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	fmt.Println(p, len(p))
	fmt.Printf("%v %s %d\n", p, p, len(p))

	temps := []Celsius{-40, 0, 37, 100}
	for _, t := range temps {
		fmt.Println(t, "=", t.ToF())
	}
	var st fmt.Stringer = Celsius(20).ToF()
	fmt.Println(st)
	f := Counter.Value
	g := (*Counter).Inc
	g(&c)
	fmt.Println(f(c))
}
