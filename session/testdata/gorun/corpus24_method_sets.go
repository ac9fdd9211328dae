package main

import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Scale(f float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64     { return r.W * r.H }
func (r *Rect) Scale(f float64)  { r.W *= f; r.H *= f }
func (r Rect) String() string    { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func (r *Rect) Describe() string { return "rect " + r.String() }

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return len(w[i]) < len(w[j]) }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

type Buffer struct{ parts []string }

func (b *Buffer) Write(p []byte) (int, error) {
	b.parts = append(b.parts, string(p))
	return len(p), nil
}

func main() {
	// Only *Rect has Scale, so only *Rect implements Shape.
	var s Shape = &Rect{2, 3}
	s.Scale(2)
	fmt.Println(s.Area(), s)

	r := Rect{1, 1}
	r.Scale(3) // addressable: Go takes &r
	fmt.Println(r.Area(), r.Describe())

	var st fmt.Stringer = r
	fmt.Println(st)
	st = &r
	fmt.Println(st)

	w := Words{"banana", "kiwi", "fig", "cherry"}
	sort.Sort(w)
	fmt.Println(w)
	sort.Sort(sort.Reverse(w))
	fmt.Println(w)

	var b Buffer
	fmt.Fprintf(&b, "x=%d", 1)
	fmt.Fprint(&b, "y")
	fmt.Println(strings.Join(b.parts, "|"))

	_, isShape := any(r).(Shape)
	_, isShapePtr := any(&r).(Shape)
	fmt.Println(isShape, isShapePtr)

	rects := []Rect{{1, 2}, {3, 4}}
	for i := range rects {
		rects[i].Scale(10)
	}
	fmt.Println(rects)
	m := map[string]Rect{"a": {1, 1}}
	tmp := m["a"]
	tmp.Scale(5)
	m["a"] = tmp
	fmt.Println(m["a"].Area())
}
