package main

import (
	"fmt"
	"sort"
)

type Event struct {
	Topic string
	Data  any
}

type Observer interface {
	Notify(e Event)
	ID() string
}

type Subject struct {
	observers map[string]Observer
}

func NewSubject() *Subject {
	return &Subject{observers: make(map[string]Observer)}
}

func (s *Subject) Register(o Observer)   { s.observers[o.ID()] = o }
func (s *Subject) Deregister(o Observer) { delete(s.observers, o.ID()) }
func (s *Subject) Publish(e Event) {
	ids := make([]string, 0, len(s.observers))
	for id := range s.observers {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		s.observers[id].Notify(e)
	}
}

type Logger struct{ lines []string }

func (l *Logger) ID() string { return "logger" }
func (l *Logger) Notify(e Event) {
	l.lines = append(l.lines, fmt.Sprintf("%s=%v", e.Topic, e.Data))
}

type Customer struct {
	Name     string
	Interest string
}

func (c Customer) ID() string { return "customer:" + c.Name }
func (c Customer) Notify(e Event) {
	if e.Topic == c.Interest {
		fmt.Printf("%s: %q is now %v\n", c.Name, e.Topic, e.Data)
	}
}

// ObserverFunc adapts a function, the way http.HandlerFunc does.
type ObserverFunc func(Event)

func (f ObserverFunc) Notify(e Event) { f(e) }
func (f ObserverFunc) ID() string     { return "func" }

func main() {
	shop := NewSubject()
	log := &Logger{}
	alice := Customer{"alice", "iphone"}
	bob := Customer{"bob", "laptop"}
	shop.Register(log)
	shop.Register(alice)
	shop.Register(bob)
	total := 0
	shop.Register(ObserverFunc(func(e Event) {
		if n, ok := e.Data.(int); ok {
			total += n
		}
	}))

	shop.Publish(Event{"iphone", "in stock"})
	shop.Publish(Event{"laptop", 3})
	shop.Deregister(bob)
	shop.Publish(Event{"laptop", 5})
	shop.Publish(Event{"iphone", 2})

	fmt.Println(log.lines)
	fmt.Println("total units:", total)
	fmt.Println("observers left:", len(shop.observers))
}
