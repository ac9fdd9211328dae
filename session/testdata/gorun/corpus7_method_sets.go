package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }
func (c Counter) IncCopy()   { c.n++ }

type Incrementer interface {
	Inc()
	Value() int
}

type Valuer interface {
	Value() int
}

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type IntList []int

func (l *IntList) Add(v int) { *l = append(*l, v) }
func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func bump(i Incrementer, times int) {
	for k := 0; k < times; k++ {
		i.Inc()
	}
}

func main() {
	c := Counter{name: "a"}
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Value(), c)

	p := &c
	p.Inc()
	fmt.Println(p.Value(), (*p).n)

	bump(p, 3)
	fmt.Println("after bump:", c.n)

	var v Valuer = c
	c.Inc()
	fmt.Println("interface holds a copy:", v.Value(), c.Value())
	v = &c
	c.Inc()
	fmt.Println("pointer sees change:", v.Value())

	_, isInc := v.(Incrementer)
	var v2 Valuer = c
	_, isInc2 := v2.(Incrementer)
	fmt.Println(isInc, isInc2)

	counters := []Counter{{"x", 1}, {"y", 2}}
	for _, ct := range counters {
		ct.Inc()
	}
	fmt.Println(counters)
	for i := range counters {
		counters[i].Inc()
	}
	fmt.Println(counters)

	inc := c.Inc
	inc()
	inc()
	val := Counter.Value
	fmt.Println(c.n, val(c), (*Counter).Value(&c))

	boil := Celsius(100)
	fmt.Printf("%.1f %.1f %T\n", boil.ToF(), Fahrenheit(98.6).ToC(), boil.ToF())

	var l IntList
	for i := 1; i <= 4; i++ {
		l.Add(i)
	}
	fmt.Println(l, l.Sum(), len(l))
}
