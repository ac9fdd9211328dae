package main

import (
	"fmt"
	"sync"
)

// Method values and go statements on receivers reached through an
// embedded field, or of instances of generic types, bind the receiver
// when they are made; the interpreter read it when they were called.

type Conn struct{ id int }

func (c *Conn) Close(log []string, i int) { log[i] = fmt.Sprint("closed ", c.id) }

type Session struct{ *Conn }

type Pooled struct {
	Conn
	tag string
}

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T { return b.v }

type Pool[T any] struct {
	items []T
	out   []T
}

func (p *Pool[T]) take(i int, wg *sync.WaitGroup) {
	defer wg.Done()
	p.out[i] = p.items[i]
}

// start runs a goroutine per item on its own receiver, whose type names
// a type parameter.
func (p *Pool[T]) start() []T {
	var wg sync.WaitGroup
	p.out = make([]T, len(p.items))
	for i := range p.items {
		wg.Add(1)
		go p.take(i, &wg)
	}
	wg.Wait()
	return p.out
}

func main() {
	var wg sync.WaitGroup
	sessions := []Session{{&Conn{1}}, {&Conn{2}}, {&Conn{3}}}
	log := make([]string, 3)
	for i, s := range sessions {
		wg.Add(1)
		go func(f func([]string, int)) {
			defer wg.Done()
			f(log, i)
		}(s.Close)
	}
	wg.Wait()
	fmt.Println(log)

	pooled := []Pooled{{Conn{7}, "a"}, {Conn{8}, "b"}}
	var closers []func([]string, int)
	for i := range pooled {
		closers = append(closers, pooled[i].Close)
	}
	log = make([]string, 2)
	for i, c := range closers {
		c(log, i)
	}
	fmt.Println(log)

	boxes := []*Box[string]{{"x"}, {"y"}, {"z"}}
	var getters []func() string
	for _, b := range boxes {
		getters = append(getters, b.Get)
	}
	for _, g := range getters {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	p := &Pool[int]{items: []int{4, 5, 6}}
	fmt.Println(p.start())
	q := &Pool[string]{items: []string{"u", "v"}}
	fmt.Println(q.start())
}
