package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func New() Set { return Set{} }

func NewFromSlice(xs []string) Set {
	s := New()
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set) Add(x string)      { s[x] = struct{}{} }
func (s Set) Has(x string) bool { _, ok := s[x]; return ok }
func (s Set) IsEmpty() bool     { return len(s) == 0 }
func (s Set) Subset(t Set) bool {
	for x := range s {
		if !t.Has(x) {
			return false
		}
	}
	return true
}
func (s Set) Disjoint(t Set) bool { return Intersection(s, t).IsEmpty() }
func Equal(s, t Set) bool         { return len(s) == len(t) && s.Subset(t) }

func Intersection(s, t Set) Set {
	out := New()
	for x := range s {
		if t.Has(x) {
			out.Add(x)
		}
	}
	return out
}

func Difference(s, t Set) Set {
	out := New()
	for x := range s {
		if !t.Has(x) {
			out.Add(x)
		}
	}
	return out
}

func Union(s, t Set) Set {
	out := NewFromSlice(nil)
	for x := range s {
		out.Add(x)
	}
	for x := range t {
		out.Add(x)
	}
	return out
}

func (s Set) String() string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, fmt.Sprintf("%q", k))
	}
	sort.Strings(keys)
	return "{" + strings.Join(keys, ", ") + "}"
}

func main() {
	a := NewFromSlice([]string{"c", "a", "b", "a"})
	b := NewFromSlice([]string{"b", "c", "d"})
	e := New()
	fmt.Println(a, b, e, len(a))
	fmt.Println(a.Has("a"), a.Has("z"), e.IsEmpty(), a.IsEmpty())
	fmt.Println(Intersection(a, b), Difference(a, b), Union(a, b))
	fmt.Println(e.Subset(a), a.Subset(b), Intersection(a, b).Subset(b))
	fmt.Println(a.Disjoint(b), a.Disjoint(NewFromSlice([]string{"x"})))
	fmt.Println(Equal(a, NewFromSlice([]string{"a", "b", "c"})), Equal(a, b))
	fmt.Printf("%v|%s|%d\n", a, b, len(Union(a, b)))
	sets := []Set{b, e, a}
	sort.Slice(sets, func(i, j int) bool { return len(sets[i]) < len(sets[j]) })
	fmt.Println(sets)
}
