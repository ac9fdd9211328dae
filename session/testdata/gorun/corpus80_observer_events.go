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

func (e Event) String() string { return fmt.Sprintf("%s:%v", e.Topic, e.Data) }

type Observer interface {
	Notify(e Event)
	ID() string
}

type Subject struct {
	observers map[string][]Observer
}

func (s *Subject) Subscribe(topic string, o Observer) {
	if s.observers == nil {
		s.observers = make(map[string][]Observer)
	}
	s.observers[topic] = append(s.observers[topic], o)
}

// Unsubscribe compares interface values: the same pointer is equal.
func (s *Subject) Unsubscribe(topic string, o Observer) bool {
	list := s.observers[topic]
	for i, x := range list {
		if x == o {
			s.observers[topic] = append(list[:i], list[i+1:]...)
			return true
		}
	}
	return false
}

func (s *Subject) Publish(topic string, data any) int {
	n := 0
	for _, o := range s.observers[topic] {
		o.Notify(Event{topic, data})
		n++
	}
	return n
}

type Logger struct {
	name  string
	lines []string
}

func (l *Logger) Notify(e Event) { l.lines = append(l.lines, e.String()) }
func (l *Logger) ID() string     { return "logger/" + l.name }

type Counter struct {
	counts map[string]int
}

func (c Counter) Notify(e Event) { c.counts[e.Topic]++ } // map: shared by copies
func (c Counter) ID() string     { return "counter" }

// ObserverFunc adapts a function, like http.HandlerFunc.
type ObserverFunc func(Event)

func (f ObserverFunc) Notify(e Event) { f(e) }
func (f ObserverFunc) ID() string     { return "func" }

type Thermostat struct {
	Subject
	temp float64
}

func (t *Thermostat) Set(v float64) {
	old := t.temp
	t.temp = v
	if v != old {
		t.Publish("temp", v)
	}
	if v > 30 {
		t.Publish("alarm", fmt.Sprintf("%.1f too hot", v))
	}
}

func main() {
	th := &Thermostat{}
	log1 := &Logger{name: "main"}
	log2 := &Logger{name: "audit"}
	cnt := Counter{counts: map[string]int{}}
	var alarms []string
	th.Subscribe("temp", log1)
	th.Subscribe("temp", cnt)
	th.Subscribe("alarm", log2)
	th.Subscribe("alarm", cnt)
	th.Subscribe("alarm", ObserverFunc(func(e Event) {
		alarms = append(alarms, e.Data.(string))
	}))

	th.Set(21.5)
	th.Set(21.5)
	th.Set(35)
	fmt.Println(th.Unsubscribe("temp", log1), th.Unsubscribe("temp", log2))
	func() {
		// Counter holds a map: comparing two of them in interfaces panics.
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(th.Unsubscribe("temp", Counter{counts: cnt.counts}))
	}()
	th.Set(12)
	th.Set(31)

	fmt.Println(log1.ID(), log1.lines)
	fmt.Println(log2.ID(), log2.lines)
	keys := make([]string, 0)
	for k := range cnt.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, cnt.counts[k])
	}
	fmt.Println()
	fmt.Println(strings.Join(alarms, "; "))
	for topic, list := range th.observers {
		_ = topic
		_ = list
	}
	ids := []string{}
	for _, o := range th.observers["alarm"] {
		ids = append(ids, o.ID())
	}
	fmt.Println(ids, len(th.observers["temp"]))
	fmt.Println(cnt.counts)
}
