package main

import (
	"fmt"
	"strings"
)

type Event struct {
	Kind string
	Data map[string]any
}

type Observer interface {
	Notify(e Event)
	ID() string
}

type Subject struct {
	observers []Observer
	history   []string
}

func (s *Subject) Attach(o Observer) { s.observers = append(s.observers, o) }

func (s *Subject) Detach(id string) bool {
	for i, o := range s.observers {
		if o.ID() == id {
			s.observers = append(s.observers[:i], s.observers[i+1:]...)
			return true
		}
	}
	return false
}

func (s *Subject) Emit(kind string, data map[string]any) {
	e := Event{kind, data}
	s.history = append(s.history, kind)
	for _, o := range s.observers {
		o.Notify(e)
	}
}

type Logger struct {
	name  string
	lines []string
}

func (l *Logger) ID() string { return l.name }
func (l *Logger) Notify(e Event) {
	l.lines = append(l.lines, fmt.Sprintf("[%s] %s %v", l.name, e.Kind, e.Data["user"]))
}

type Counter struct {
	name   string
	counts map[string]int
}

func (c *Counter) ID() string     { return c.name }
func (c *Counter) Notify(e Event) { c.counts[e.Kind]++ }

type Filtered struct {
	Observer
	kinds map[string]bool
}

func (f Filtered) Notify(e Event) {
	if f.kinds[e.Kind] {
		f.Observer.Notify(e)
	}
}

func main() {
	var s Subject
	log := &Logger{name: "log"}
	cnt := &Counter{name: "count", counts: map[string]int{}}
	audit := &Logger{name: "audit"}
	s.Attach(log)
	s.Attach(cnt)
	s.Attach(Filtered{audit, map[string]bool{"delete": true}})

	s.Emit("login", map[string]any{"user": "ann"})
	s.Emit("delete", map[string]any{"user": "bob", "id": 7})
	fmt.Println("detached:", s.Detach("log"), s.Detach("nobody"))
	s.Emit("login", map[string]any{"user": "cid"})
	s.Emit("delete", map[string]any{"user": "dee"})

	fmt.Println(strings.Join(log.lines, "\n"))
	fmt.Println(cnt.counts["login"], cnt.counts["delete"])
	fmt.Println(strings.Join(audit.lines, "\n"))
	fmt.Println("observers:", len(s.observers), "history:", s.history)
	for _, o := range s.observers {
		fmt.Print(o.ID(), " ")
	}
	fmt.Println()
}
