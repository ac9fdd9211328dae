package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l IntList) Map(f func(int) int) IntList {
	out := make(IntList, len(l))
	for i, v := range l {
		out[i] = f(v)
	}
	return out
}

func (l *IntList) Append(vs ...int) { *l = append(*l, vs...) }

func (l IntList) String() string {
	parts := make([]string, len(l))
	for i, v := range l {
		parts[i] = fmt.Sprint(v)
	}
	return "<" + strings.Join(parts, "|") + ">"
}

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set) Add(v string)      { s[v] = struct{}{} }
func (s Set) Has(v string) bool { _, ok := s[v]; return ok }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s Set) Union(o Set) Set {
	r := NewSet(s.Sorted()...)
	for k := range o {
		r.Add(k)
	}
	return r
}

func (s Set) Intersect(o Set) Set {
	r := Set{}
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

type Counter map[string]int

func (c Counter) Most() (string, int) {
	best, n := "", -1
	for k, v := range c {
		if v > n || (v == n && k < best) {
			best, n = k, v
		}
	}
	return best, n
}

func main() {
	l := IntList{1, 2, 3}
	l.Append(4, 5)
	fmt.Println(l, l.Sum(), len(l))
	doubled := l.Map(func(x int) int { return x * 2 })
	fmt.Println(doubled)
	fmt.Printf("%v %d %s\n", doubled, []int(doubled), doubled)

	a := NewSet("go", "rust", "zig")
	b := NewSet("go", "c", "zig", "odin")
	fmt.Println(a.Union(b).Sorted())
	fmt.Println(a.Intersect(b).Sorted(), a.Has("rust"), b.Has("rust"))
	fmt.Println(len(a), len(Set{}))

	c := Counter{}
	for _, w := range strings.Fields("b a c a b a d b") {
		c[w]++
	}
	fmt.Println(c.Most())
}
