package main

import (
	"fmt"
	"sort"
)

type Event struct {
	Name string
	Data int
}

type Listener func(Event)

type Bus struct {
	subs map[string][]Listener
	next int
}

func NewBus() *Bus { return &Bus{subs: map[string][]Listener{}} }

func (b *Bus) On(name string, l Listener) (off func()) {
	b.subs[name] = append(b.subs[name], l)
	idx := len(b.subs[name]) - 1
	return func() {
		ls := b.subs[name]
		ls[idx] = nil
	}
}

func (b *Bus) Emit(e Event) int {
	n := 0
	for _, l := range b.subs[e.Name] {
		if l != nil {
			l(e)
			n++
		}
	}
	return n
}

func main() {
	bus := NewBus()
	var log []string
	record := func(prefix string) Listener {
		return func(e Event) {
			log = append(log, fmt.Sprintf("%s:%s=%d", prefix, e.Name, e.Data))
		}
	}
	total := 0
	offA := bus.On("click", record("A"))
	bus.On("click", record("B"))
	bus.On("key", func(e Event) { total += e.Data })

	fmt.Println(bus.Emit(Event{"click", 1}))
	offA()
	fmt.Println(bus.Emit(Event{"click", 2}))
	for i := 1; i <= 4; i++ {
		bus.Emit(Event{"key", i})
	}
	fmt.Println(bus.Emit(Event{"none", 0}))
	fmt.Println(log)
	fmt.Println("key total:", total)

	names := make([]string, 0)
	for k := range bus.subs {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names)
}
