package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()         { c.n++ }

func main() {
	c := Counter{name: "a"}
	val := c.Value // receiver copied now
	inc := c.Inc   // &c bound now
	inc()
	inc()
	fmt.Println("method value (value recv):", val())
	fmt.Println("current:", c.Value())

	c = Counter{name: "b", n: 100}
	inc()
	fmt.Println("after reassign:", c.Value(), val())

	expr := Counter.Value
	pexpr := (*Counter).Inc
	d := Counter{name: "d"}
	pexpr(&d)
	fmt.Println("method expression:", expr(d))
	fmt.Printf("%T\n", expr)
	fmt.Printf("%T\n", pexpr)

	p := &Counter{name: "p"}
	pv := p.Value // copies *p now
	p.n = 7
	fmt.Println(pv(), p.Value())

	var fs []func() string
	cs := []Counter{{"x", 1}, {"y", 2}}
	for _, cc := range cs {
		fs = append(fs, cc.Value)
	}
	for i := range cs {
		cs[i].n = 0
	}
	for _, f := range fs {
		fmt.Println(f())
	}

	type Op func(int, int) int
	ops := map[string]Op{"add": func(a, b int) int { return a + b }}
	fmt.Println(ops["add"](2, 3))

	var ifc fmt.Stringer = stringer{"s"}
	str := ifc.String
	ifc = stringer{"t"}
	fmt.Println(str(), ifc.String())
}

type stringer struct{ s string }

func (s stringer) String() string { return "<" + s.s + ">" }
