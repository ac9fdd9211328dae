package main

import (
	"fmt"
	"strings"
	"sync"
)

// Counter has a value-receiver method that cannot change it, and a
// pointer-receiver one that can.
type Counter[K comparable] struct {
	counts map[K]int
	total  int
}

func NewCounter[K comparable]() Counter[K] { return Counter[K]{counts: map[K]int{}} }

func (c Counter[K]) AddByValue(k K) { c.counts[k]++; c.total++ }
func (c *Counter[K]) Add(k K)       { c.counts[k]++; c.total++ }
func (c Counter[K]) Total() int     { return c.total }

type Box[T any] struct {
	mu  sync.Mutex
	val T
	log []string
}

func (b *Box[T]) Set(v T) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.log = append(b.log, fmt.Sprintf("%v->%v", b.val, v))
	b.val = v
}

func (b *Box[T]) Get() T {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.val
}

type Optional[T any] struct {
	v     *T
	label string
}

func Some[T any](v T) Optional[T] { return Optional[T]{v: &v, label: "some"} }
func None[T any]() Optional[T]    { return Optional[T]{label: "none"} }

func (o Optional[T]) OrElse(d T) T {
	if o.v == nil {
		return d
	}
	return *o.v
}

func (o Optional[T]) String() string {
	if o.v == nil {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", *o.v)
}

func main() {
	c := NewCounter[string]()
	for _, w := range strings.Fields("a b a c a") {
		c.AddByValue(w)
	}
	fmt.Println(c.counts, c.Total())
	c.Add("z")
	fmt.Println(c.counts["z"], c.Total())

	add := c.Add
	add("y")
	add("y")
	total := c.Total
	c.Add("x")
	fmt.Println(c.counts["y"], c.Total(), total())

	var b Box[float64]
	set := b.Set
	set(1.5)
	b.Set(2)
	fmt.Println(b.Get(), b.log)

	var bs Box[[]string]
	bs.Set([]string{"x"})
	fmt.Println(bs.Get(), bs.log)

	vals := []Optional[int]{Some(3), None[int](), Some(0)}
	for _, o := range vals {
		fmt.Println(o, o.OrElse(-1), o.label)
	}
	name := None[string]()
	fmt.Printf("%v %s %q\n", name, name, name.OrElse("guest"))
	p := Some(struct{ X, Y int }{1, 2})
	fmt.Println(p.String(), p.OrElse(struct{ X, Y int }{}).Y)
}
