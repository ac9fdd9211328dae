package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Meta struct{ C Counter }

type Wrap struct {
	Meta
	Name string
}

// A method value of a promoted field binds its receiver when made
// (ws[i].C.Inc is bound to &ws[i].Meta.C): writing the promoted field out
// must keep it addressable for that.
func main() {
	w := Wrap{Name: "a"}
	inc := w.C.Inc
	get := w.C.Get
	inc()
	inc()
	fmt.Println(w.C.n, get())
	other := Wrap{Name: "b"}
	w = other
	inc()
	fmt.Println(w.C.n, other.C.n)
	ws := []Wrap{{Name: "x"}, {Name: "y"}}
	var fs []func()
	for i := range ws {
		fs = append(fs, ws[i].C.Inc)
	}
	fs[0]()
	fmt.Println(ws[0].C.n, ws[1].C.n)
}
