package main

import (
	"fmt"
	"sort"
)

type Frac struct {
	num, den int
}

func gcd(a, b int) int {
	if a < 0 {
		a = -a
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func NewFrac(n, d int) Frac {
	if d == 0 {
		panic("zero denominator")
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Frac{n / g, d / g}
}

func (a Frac) Add(b Frac) Frac  { return NewFrac(a.num*b.den+b.num*a.den, a.den*b.den) }
func (a Frac) Sub(b Frac) Frac  { return NewFrac(a.num*b.den-b.num*a.den, a.den*b.den) }
func (a Frac) Mul(b Frac) Frac  { return NewFrac(a.num*b.num, a.den*b.den) }
func (a Frac) Div(b Frac) Frac  { return NewFrac(a.num*b.den, a.den*b.num) }
func (a Frac) Less(b Frac) bool { return a.num*b.den < b.num*a.den }
func (a Frac) Float() float64   { return float64(a.num) / float64(a.den) }

func (a Frac) String() string {
	if a.den == 1 {
		return fmt.Sprint(a.num)
	}
	return fmt.Sprintf("%d/%d", a.num, a.den)
}

func main() {
	a := NewFrac(1, 2)
	b := NewFrac(3, -4)
	fmt.Println(a, b)
	fmt.Println(a.Add(b), a.Sub(b), a.Mul(b), a.Div(b))
	fmt.Println(NewFrac(6, 3), NewFrac(0, 5))
	fs := []Frac{NewFrac(2, 3), NewFrac(1, 7), NewFrac(5, 4), NewFrac(-1, 2), NewFrac(3, 5)}
	sort.Slice(fs, func(i, j int) bool { return fs[i].Less(fs[j]) })
	fmt.Println(fs)
	sum := NewFrac(0, 1)
	for _, f := range fs {
		sum = sum.Add(f)
	}
	fmt.Printf("sum=%v (%.4f)\n", sum, sum.Float())
	fmt.Printf("%v %s %+v %d\n", a, a, []Frac{a}, a)
	egypt := NewFrac(0, 1)
	for i := 2; i <= 6; i++ {
		egypt = egypt.Add(NewFrac(1, i*(i-1)))
		fmt.Print(egypt, " ")
	}
	fmt.Println()
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(a.Div(NewFrac(0, 1)))
}
