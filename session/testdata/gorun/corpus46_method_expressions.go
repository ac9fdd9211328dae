package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y float64 }

func (v Vec) Len2() float64       { return v.X*v.X + v.Y*v.Y }
func (v Vec) Plus(w Vec) Vec      { return Vec{v.X + w.X, v.Y + w.Y} }
func (v *Vec) Neg()               { v.X, v.Y = -v.X, -v.Y }
func (v Vec) String() string      { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }
func (v Vec) Times(k float64) Vec { return Vec{v.X * k, v.Y * k} }

type Op func(Vec, Vec) Vec

func fold(op Op, vs ...Vec) Vec {
	acc := Vec{}
	for _, v := range vs {
		acc = op(acc, v)
	}
	return acc
}

type Stringer interface{ String() string }

func main() {
	plus := Vec.Plus // func(Vec, Vec) Vec
	fmt.Printf("%T\n", plus)
	fmt.Println(plus(Vec{1, 2}, Vec{3, 4}))
	fmt.Println(fold(Vec.Plus, Vec{1, 1}, Vec{2, 2}, Vec{3, 3}))

	neg := (*Vec).Neg
	fmt.Printf("%T\n", neg)
	v := Vec{5, -6}
	neg(&v)
	fmt.Println(v)

	len2 := (*Vec).Len2 // value method through pointer type
	fmt.Println(len2(&v))

	times := Vec.Times
	fmt.Println(times(v, 0.5))

	str := Stringer.String // interface method expression
	fmt.Println(str(v), str(Vec{}))

	up := strings.ToUpper
	pipeline := []func(string) string{strings.TrimSpace, up, func(s string) string { return strings.ReplaceAll(s, " ", "_") }}
	s := "  method expressions  "
	for _, f := range pipeline {
		s = f(s)
	}
	fmt.Println(s)

	ops := map[string]func(Vec) float64{"len2": Vec.Len2}
	fmt.Println(ops["len2"](Vec{3, 4}))

	b := strings.Builder{}
	write := (*strings.Builder).WriteString
	write(&b, "via ")
	write(&b, "expression")
	fmt.Println(b.String())
}
