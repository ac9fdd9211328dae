package main

import (
	"fmt"
	"sort"
	"strings"
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
	observers map[string][]Observer
}

func (s *Subject) Subscribe(topic string, o Observer) {
	if s.observers == nil {
		s.observers = map[string][]Observer{}
	}
	s.observers[topic] = append(s.observers[topic], o)
}

func (s *Subject) Unsubscribe(topic string, id string) {
	obs := s.observers[topic]
	for i, o := range obs {
		if o.ID() == id {
			s.observers[topic] = append(obs[:i], obs[i+1:]...)
			return
		}
	}
}

func (s *Subject) Publish(e Event) int {
	n := 0
	for _, o := range s.observers[e.Topic] {
		o.Notify(e)
		n++
	}
	return n
}

type Logger struct {
	name  string
	lines []string
}

func (l *Logger) Notify(e Event) {
	l.lines = append(l.lines, fmt.Sprintf("%s got %s:%v", l.name, e.Topic, e.Data))
}
func (l *Logger) ID() string { return l.name }

type Counter struct {
	id     string
	counts map[string]int
}

func (c Counter) Notify(e Event) { c.counts[e.Topic]++ }
func (c Counter) ID() string     { return c.id }

type FuncObserver func(Event)

func (f FuncObserver) Notify(e Event) { f(e) }
func (f FuncObserver) ID() string     { return "func" }

type Stock struct {
	Subject
	price float64
}

func (s *Stock) SetPrice(p float64) {
	old := s.price
	s.price = p
	s.Publish(Event{"price", fmt.Sprintf("%.2f->%.2f", old, p)})
}

func main() {
	var subj Subject
	l1 := &Logger{name: "L1"}
	l2 := &Logger{name: "L2"}
	c := Counter{id: "C", counts: map[string]int{}}
	var total float64
	subj.Subscribe("order", l1)
	subj.Subscribe("order", c)
	subj.Subscribe("ship", l2)
	subj.Subscribe("ship", c)
	subj.Subscribe("order", FuncObserver(func(e Event) {
		if v, ok := e.Data.(float64); ok {
			total += v
		}
	}))
	fmt.Println(subj.Publish(Event{"order", 19.99}))
	fmt.Println(subj.Publish(Event{"ship", "box-1"}))
	subj.Unsubscribe("order", "L1")
	fmt.Println(subj.Publish(Event{"order", 5.01}))
	fmt.Println(subj.Publish(Event{"refund", 1}))
	fmt.Println(strings.Join(l1.lines, "\n"))
	fmt.Println(l2.lines)
	keys := []string{}
	for k := range c.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, c.counts[k])
	}
	fmt.Printf("%.2f\n", total)
	st := &Stock{price: 10}
	watch := &Logger{name: "W"}
	st.Subscribe("price", watch)
	st.SetPrice(12.5)
	st.SetPrice(11)
	fmt.Println(watch.lines, len(st.observers["price"]))
	var o Observer = c
	_, isLogger := o.(*Logger)
	fmt.Println(o.ID(), isLogger)
}
