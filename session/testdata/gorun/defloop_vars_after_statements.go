package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Op func(a, b int) int

type Holder struct {
	P    *int
	Name string
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	var r io.Reader = &buf
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))

	x, y := 1, 2
	var p *int = &x
	*p = 10
	fmt.Println(x, y, *p)

	rect := Rect{3, 4}
	var s Shape = rect
	rect.W = 100
	fmt.Println(s.Area(), rect.Area())

	c := Counter{}
	var inc = c.Inc
	inc()
	inc()
	fmt.Println(c.n)

	a := 5
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add(2, 3), a)

	var get = func() int { return a * 2 }
	a = 7
	fmt.Println(get())

	n := 3
	var h = Holder{P: &n, Name: "h"}
	n = 4
	fmt.Println(*h.P, h.Name)

	var ps = []*int{&x, &y}
	*ps[1] = 20
	fmt.Println(y)

	var (
		q    = &n
		word = strings.ToUpper("go")
	)
	*q = 9
	fmt.Println(n, word)

	var _ = &x
	var sb strings.Builder
	var w io.Writer = &sb
	fmt.Fprint(w, "written")
	fmt.Println(sb.String())
}
