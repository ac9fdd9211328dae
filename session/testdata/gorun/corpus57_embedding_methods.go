package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.counts[k]++
}

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }
func (b Base) Describe(a Animal) string {
	return a.Name() + " says " + a.Sound()
}

type Dog struct{ Base }

func (Dog) Sound() string { return "woof" }

type Loud struct {
	*Dog
	times int
}

func (l Loud) Sound() string { return strings.Repeat(strings.ToUpper(l.Dog.Sound())+"!", l.times) }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }
func (o Op) Then(p Op) Op    { return func(x int) int { return p(o(x)) } }

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

func main() {
	c := SafeCounter{counts: map[string]int{}}
	var wg sync.WaitGroup
	words := strings.Fields("a b a c b a")
	for _, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc(w)
		}()
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range c.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", c.counts[k], " ")
	}
	fmt.Println()
	d := Dog{Base{"rex"}}
	l := Loud{&d, 2}
	animals := []Animal{Base{"thing"}, d, l}
	for _, a := range animals {
		fmt.Println(d.Describe(a))
	}
	fmt.Println(l.Name(), l.Base.Sound(), l.Dog.Base.name)
	inc := Op(func(x int) int { return x + 1 })
	dbl := Op(func(x int) int { return x * 2 })
	fmt.Println(inc.Twice(5), dbl.Twice(5), inc.Then(dbl)(3), dbl.Then(inc).Twice(1))
	add := Point.Add
	scale := (*Point).Scale
	p := Point{1, 2}
	scale(&p, 3)
	fmt.Println(add(p, Point{10, 10}), p)
	fns := map[string]func(Point) Point{"up": func(p Point) Point { return p.Add(Point{0, 1}) }}
	fmt.Println(fns["up"](p))
	var counter = func() func() int {
		n := 0
		return func() int { n++; return n }
	}()
	counter()
	counter()
	fmt.Println(counter())
	results := make([]string, 3)
	var wg2 sync.WaitGroup
	for i := range 3 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			results[i] = fmt.Sprintf("worker %d", i)
		}()
	}
	wg2.Wait()
	fmt.Println(results)
}
