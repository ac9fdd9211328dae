package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

type Valuer interface{ Value() int }
type Incer interface {
	Inc()
	Value() int
}

type List []int

func (l List) Len() int      { return len(l) }
func (l *List) Append(v int) { *l = append(*l, v) }
func (l List) Sum() (total int) {
	for _, v := range l {
		total += v
	}
	return
}

func main() {
	var c Counter
	c.Inc() // addressable: (&c).Inc()
	c.Inc()
	fmt.Println(c.Value())

	var v Valuer = c // value has Value
	var p Valuer = &c
	c.Inc()
	fmt.Println(v.Value(), p.Value()) // v holds a copy

	var i Incer = &c // only *Counter has Inc
	i.Inc()
	fmt.Println(c.Value(), i.Value())

	_, isIncer := v.(Incer)
	_, ptrIsIncer := p.(Incer)
	fmt.Println(isIncer, ptrIsIncer)

	counters := []Counter{{1}, {2}, {3}}
	for _, c := range counters {
		c.Inc() // increments the copy
	}
	fmt.Println(counters)
	for i := range counters {
		counters[i].Inc()
	}
	fmt.Println(counters)

	m := map[string]*Counter{"a": {10}}
	m["a"].Inc()
	fmt.Println(m["a"].Value())

	var l List
	l.Append(4)
	l.Append(5)
	(&l).Append(6)
	fmt.Println(l, l.Len(), l.Sum())

	f := (*Counter).Inc
	g := Counter.Value
	f(&c)
	fmt.Println(g(c))
}
