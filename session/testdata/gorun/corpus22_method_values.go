package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Add(k int) int { c.n += k; return c.n }

type Temp float64

func (t Temp) F() Temp { return t*9/5 + 32 }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func apply(fs []func(), times int) {
	for range times {
		for _, f := range fs {
			f()
		}
	}
}

func main() {
	a := &Counter{name: "a"}
	b := &Counter{name: "b"}
	apply([]func(){a.Inc, b.Inc, a.Inc}, 3)
	fmt.Println(a, b)

	inc := (*Counter).Inc
	inc(b)
	str := Counter.String
	fmt.Println(str(*b))
	add := b.Add
	add(10)
	fmt.Println(b.n, fmt.Sprint(*b))

	bound := a.String
	a.Inc()
	fmt.Println(bound(), a.String())

	conv := Temp.F
	fmt.Println(conv(100), Temp(-40).F())

	var s Stack[string]
	push := s.Push
	for _, w := range strings.Fields("to be or not") {
		push(w)
	}
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	counters := []*Counter{{"z", 3}, {"x", 9}, {"y", 1}}
	sort.Slice(counters, func(i, j int) bool { return counters[i].n < counters[j].n })
	fmt.Println(counters)
	var stringer fmt.Stringer = *counters[0]
	m := stringer.String
	counters[0].n = 100
	fmt.Println(m(), counters[0])
	fmt.Printf("%v %s %+v\n", Counter{"v", 1}, &Counter{"p", 2}, Counter{"d", 3})
	fmt.Printf("%T %T\n", inc, a.Add)
}
