package main

import "fmt"

type Counter struct {
	Name string
	N    int
}

func (c *Counter) Inc() { c.N++ }

type Registry struct{ all []*Counter }

func (r *Registry) Keep(c *Counter) { r.all = append(r.all, c) }

type Outer struct {
	In Counter
	K  int
}

func main() {
	// A pointer to the variable sees the new struct.
	c := Counter{Name: "a"}
	p := &c
	c = Counter{Name: "b", N: 10}
	p.N++
	fmt.Println(c, *p)

	// So does a pointer to one of its fields.
	o := Outer{}
	pk := &o.K
	o = Outer{In: Counter{"in", 1}, K: 5}
	*pk *= 2
	fmt.Println(o)

	// A method value of a pointer method binds &c once.
	d := Counter{Name: "d"}
	inc := d.Inc
	d = Counter{Name: "e", N: 100}
	inc()
	fmt.Println(d)

	// A pointer method may keep its receiver.
	var reg Registry
	e := Counter{Name: "kept"}
	reg.Keep(&e)
	e = Counter{Name: "replaced", N: 3}
	fmt.Println(*reg.all[0])

	// Unkeyed and empty literals too.
	f := Counter{"f", 1}
	pf := &f
	f = Counter{"g", 2}
	fmt.Println(*pf)
	f = Counter{}
	fmt.Println(*pf)
}
