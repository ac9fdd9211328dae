package main

import "fmt"

type Counter struct {
	name  string
	count int
}

func (c Counter) Value() int { return c.count }
func (c *Counter) Inc()      { c.count++ }
func (c Counter) IncCopy()   { c.count++ }

type Incrementer interface {
	Inc()
}

type Valuer interface {
	Value() int
}

func bump(i Incrementer, n int) {
	for k := 0; k < n; k++ {
		i.Inc()
	}
}

func main() {
	c := Counter{name: "hits"}
	c.Inc() // addressable: Go takes &c for us
	c.IncCopy()
	fmt.Println(c.name, c.Value())

	bump(&c, 3)
	fmt.Println("after bump:", c.Value())

	var v Valuer = c // value has Value
	c.Inc()
	fmt.Println("valuer holds a copy:", v.Value(), "counter:", c.Value())

	var vp Valuer = &c // pointer has both
	c.Inc()
	fmt.Println("pointer valuer sees:", vp.Value())

	_, isInc := v.(Incrementer)
	_, pIsInc := vp.(Incrementer)
	fmt.Println("value is Incrementer:", isInc, "pointer is Incrementer:", pIsInc)

	counters := []Counter{{name: "a"}, {name: "b"}}
	for _, ct := range counters {
		ct.Inc() // modifies the copy
	}
	fmt.Println(counters)
	for i := range counters {
		counters[i].Inc()
	}
	fmt.Println(counters)

	m := map[string]*Counter{"x": {name: "x"}}
	m["x"].Inc()
	m["x"].Inc()
	fmt.Printf("%+v\n", *m["x"])

	f := c.Value // method value binds a copy now
	g := (*Counter).Inc
	g(&c)
	fmt.Println(f(), c.Value())
}
