package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c Counter) Twice() int { return c.n * 2 }

type Incer interface{ Inc() }
type Getter interface{ Get() int }

type Wrapper struct {
	Counter
	label string
}

type PWrapper struct {
	*Counter
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), (&c).Get())

	arr := [2]Counter{}
	arr[1].Inc()
	sl := []Counter{{}, {}}
	sl[0].Inc()
	fmt.Println(arr[1].Get(), sl[0].n)

	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
	mv := map[string]Counter{"b": {5}}
	fmt.Println(mv["b"].Get())
	tmp := mv["b"]
	tmp.Inc()
	mv["b"] = tmp
	fmt.Println(mv["b"].n)

	var i Incer = &c
	i.Inc()
	var g Getter = c
	fmt.Println(c.n, g.Get())
	g = &c
	fmt.Println(g.Get())

	w := Wrapper{label: "w"}
	w.Inc()
	var wi Incer = &w
	wi.Inc()
	fmt.Println(w.Get(), w.Counter.n, w.Twice())

	pw := PWrapper{&Counter{10}}
	var pi Incer = pw
	pi.Inc()
	fmt.Println(pw.Get(), pw.n)
	_, ok := any(w).(Incer)
	_, ok2 := any(&w).(Incer)
	fmt.Println(ok, ok2)
}
