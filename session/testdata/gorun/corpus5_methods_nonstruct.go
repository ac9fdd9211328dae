package main

import (
	"fmt"
	"strings"
)

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m MyInt) IsEven() bool  { return m%2 == 0 }
func (m *MyInt) Increment()   { *m++ }

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) String() string  { return fmt.Sprintf("%.1f°C", float64(c)) }

type StrList []string

func (s StrList) Join() string  { return strings.Join(s, "+") }
func (s *StrList) Add(v string) { *s = append(*s, v) }

type Counter map[string]int

func (c Counter) Inc(k string) { c[k]++ }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r *Rect) Scale(f float64) {
	r.W *= f
	r.H *= f
}

func main() {
	n := MyInt(7)
	fmt.Println(n.Double(), n.IsEven(), n.Double().IsEven())
	n.Increment()
	fmt.Println(n)
	c := Celsius(100)
	fmt.Println(c, c.ToF())
	fmt.Printf("%v %.2f %T\n", c, c.ToF(), c.ToF())
	var l StrList
	l.Add("a")
	l.Add("b")
	fmt.Println(l.Join(), len(l))
	cnt := Counter{}
	cnt.Inc("x")
	cnt.Inc("x")
	fmt.Println(cnt)
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3))
	r := Rect{2, 3}
	r.Scale(2)
	fmt.Println(r.Area(), r)
	rp := &r
	fmt.Println(rp.Area())
	f := r.Area
	r.W = 100
	fmt.Println(f())
	g := (*Rect).Scale
	g(&r, 0.5)
	fmt.Println(r)
	h := Rect.Area
	fmt.Println(h(Rect{1, 1}))
}
