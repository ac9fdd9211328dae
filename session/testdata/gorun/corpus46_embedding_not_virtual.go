package main

import "fmt"

type Base struct{ name string }

func (b Base) Hello() string { return "hello from " + b.Who() }
func (b Base) Who() string   { return "base " + b.name }

type Derived struct {
	Base
}

// Who is not called by Base.Hello: Go has no virtual methods.
func (d Derived) Who() string { return "derived " + d.name }

// The fix: let the base call back through an interface.
type Whoer interface{ Who() string }

type Greeter struct {
	self Whoer
}

func (g Greeter) Hello() string { return "hello from " + g.self.Who() }

type Cat struct {
	Greeter
	name string
}

func (c *Cat) Who() string { return "cat " + c.name }

func NewCat(n string) *Cat {
	c := &Cat{name: n}
	c.Greeter = Greeter{self: c}
	return c
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Wrapper struct{ Counter }

type ValueWrapper struct{ c Counter }

func (v ValueWrapper) Inc() { v.c.Inc() }

func main() {
	d := Derived{Base{"x"}}
	fmt.Println(d.Who())
	fmt.Println(d.Hello())
	fmt.Println(d.Base.Hello())

	c := NewCat("tom")
	fmt.Println(c.Hello())
	c.name = "felix"
	fmt.Println(c.Hello())

	w := Wrapper{}
	w.Inc()
	w.Inc()
	fmt.Println("wrapper:", w.n)

	v := ValueWrapper{}
	v.Inc()
	fmt.Println("value wrapper (copy):", v.c.n)

	ws := []Wrapper{{}, {}}
	for _, x := range ws {
		x.Inc()
	}
	fmt.Println("range copies:", ws[0].n, ws[1].n)
	for i := range ws {
		ws[i].Inc()
	}
	fmt.Println("by index:", ws[0].n, ws[1].n)

	var i interface{ Who() string } = d
	fmt.Println(i.Who())
	i = d.Base
	fmt.Println(i.Who())
}
