package main

import (
	"fmt"
	"sort"
)

type Event struct {
	Topic   string
	Payload any
}

type Handler func(Event)

type Bus struct {
	subs   map[string][]subscription
	nextID int
}

type subscription struct {
	id int
	h  Handler
}

func NewBus() *Bus { return &Bus{subs: make(map[string][]subscription)} }

// Subscribe returns a function that removes the subscription.
func (b *Bus) Subscribe(topic string, h Handler) func() {
	b.nextID++
	id := b.nextID
	b.subs[topic] = append(b.subs[topic], subscription{id, h})
	return func() {
		list := b.subs[topic]
		for i, s := range list {
			if s.id == id {
				b.subs[topic] = append(list[:i], list[i+1:]...)
				return
			}
		}
	}
}

func (b *Bus) Publish(topic string, payload any) int {
	n := 0
	for _, s := range b.subs[topic] {
		s.h(Event{topic, payload})
		n++
	}
	return n
}

type Counter struct {
	counts map[string]int
}

func (c *Counter) OnEvent(e Event) { c.counts[e.Topic]++ }

func main() {
	bus := NewBus()
	var log []string
	logger := func(e Event) { log = append(log, fmt.Sprintf("%s:%v", e.Topic, e.Payload)) }

	cnt := &Counter{counts: map[string]int{}}
	unsubLog := bus.Subscribe("order", logger)
	bus.Subscribe("order", cnt.OnEvent)
	bus.Subscribe("user", cnt.OnEvent)
	bus.Subscribe("user", func(e Event) {
		if name, ok := e.Payload.(string); ok {
			fmt.Println("welcome,", name)
		}
	})

	fmt.Println("delivered:", bus.Publish("order", 42))
	fmt.Println("delivered:", bus.Publish("user", "ana"))
	unsubLog()
	fmt.Println("delivered:", bus.Publish("order", 43))
	fmt.Println("delivered:", bus.Publish("nobody", nil))

	fmt.Println("log:", log)
	keys := make([]string, 0)
	for k := range cnt.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d\n", k, cnt.counts[k])
	}
}
