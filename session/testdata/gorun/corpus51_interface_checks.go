package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Tri struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (t *Tri) Area() float64      { return 0.5 * t.A * t.B }
func (t *Tri) Perimeter() float64 { return t.A + t.B + t.C }

// Compile-time assertions that the types implement the interfaces.
var (
	_ Shape          = Rect{}
	_ Shape          = (*Rect)(nil)
	_ Shape          = (*Tri)(nil)
	_ json.Marshaler = RawTemp(0)
	_ sort.Interface = byArea(nil)
	_ io.Writer      = (*sink)(nil)
)

type RawTemp int

func (t RawTemp) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%dK"`, int(t))), nil
}

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type sink struct{ n int }

func (s *sink) Write(p []byte) (int, error) { s.n += len(p); return len(p), nil }

func main() {
	shapes := byArea{Rect{3, 4}, &Tri{3, 4, 5}, Rect{1, 1}, &Rect{2, 2}}
	sort.Sort(shapes)
	for _, s := range shapes {
		fmt.Printf("%T area=%.1f perim=%.1f\n", s, s.Area(), s.Perimeter())
	}

	b, err := json.Marshal(map[string]RawTemp{"now": 300})
	fmt.Println(string(b), err)

	var w io.Writer = &sink{}
	fmt.Fprintf(w, "%s", "twelve chars")
	fmt.Println(w.(*sink).n)

	var s Shape
	fmt.Println(s == nil)
	var tp *Tri
	s = tp
	fmt.Println(s == nil, s != nil)

	if m, ok := any(RawTemp(5)).(json.Marshaler); ok {
		out, _ := m.MarshalJSON()
		fmt.Println(string(out))
	}
	_, ok := any(Tri{}).(Shape)
	fmt.Println("Tri value implements Shape:", ok)
}
