package main

import (
	"fmt"
	"strings"
	"sync"
)

type Handler[E any] func(E)

type Bus[E any] struct {
	mu       sync.Mutex
	handlers map[string][]Handler[E]
}

func NewBus[E any]() *Bus[E] { return &Bus[E]{handlers: map[string][]Handler[E]{}} }

func (b *Bus[E]) Subscribe(topic string, h Handler[E]) func() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.handlers[topic] = append(b.handlers[topic], h)
	idx := len(b.handlers[topic]) - 1
	return func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.handlers[topic][idx] = nil
	}
}

func (b *Bus[E]) Publish(topic string, e E) int {
	b.mu.Lock()
	hs := append([]Handler[E](nil), b.handlers[topic]...)
	b.mu.Unlock()
	n := 0
	for _, h := range hs {
		if h != nil {
			h(e)
			n++
		}
	}
	return n
}

type UserEvent struct {
	ID   int
	Name string
}

func main() {
	bus := NewBus[UserEvent]()
	var log []string
	bus.Subscribe("signup", func(e UserEvent) { log = append(log, "welcome "+e.Name) })
	unsub := bus.Subscribe("signup", func(e UserEvent) { log = append(log, fmt.Sprintf("audit %+v", e)) })
	bus.Subscribe("delete", func(e UserEvent) { log = append(log, fmt.Sprint("bye ", e.ID)) })

	fmt.Println(bus.Publish("signup", UserEvent{1, "ann"}))
	unsub()
	fmt.Println(bus.Publish("signup", UserEvent{2, "bob"}))
	fmt.Println(bus.Publish("delete", UserEvent{1, "ann"}))
	fmt.Println(bus.Publish("unknown", UserEvent{}))
	fmt.Println(strings.Join(log, "\n"))

	counts := NewBus[int]()
	var mu sync.Mutex
	total := 0
	counts.Subscribe("add", func(n int) { mu.Lock(); total += n; mu.Unlock() })
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts.Publish("add", i)
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)
}
