package main

import "fmt"

type Event struct {
	Topic string
	Data  int
}

type Observer interface {
	Notify(e Event)
	ID() string
}

type Subject struct {
	observers []Observer
}

func (s *Subject) Subscribe(o Observer) {
	s.observers = append(s.observers, o)
}

func (s *Subject) Unsubscribe(o Observer) {
	for i, x := range s.observers {
		if x.ID() == o.ID() {
			s.observers = append(s.observers[:i], s.observers[i+1:]...)
			return
		}
	}
}

func (s *Subject) Publish(e Event) {
	for _, o := range s.observers {
		o.Notify(e)
	}
}

type Logger struct{ name string }

func (l *Logger) Notify(e Event) { fmt.Printf("[%s] %s=%d\n", l.name, e.Topic, e.Data) }
func (l *Logger) ID() string     { return l.name }

type Counter struct {
	name  string
	count int
	total int
}

func (c *Counter) Notify(e Event) {
	c.count++
	c.total += e.Data
}
func (c *Counter) ID() string { return c.name }

func main() {
	s := &Subject{}
	a := &Logger{name: "audit"}
	b := &Logger{name: "console"}
	c := &Counter{name: "stats"}
	s.Subscribe(a)
	s.Subscribe(b)
	s.Subscribe(c)

	s.Publish(Event{"temp", 21})
	s.Unsubscribe(b)
	s.Publish(Event{"temp", 23})
	s.Unsubscribe(a)
	s.Publish(Event{"humidity", 40})

	fmt.Println("observers left:", len(s.observers))
	fmt.Printf("stats: %d events, total %d\n", c.count, c.total)
	for _, o := range s.observers {
		fmt.Printf("%T %s\n", o, o.ID())
	}
}
