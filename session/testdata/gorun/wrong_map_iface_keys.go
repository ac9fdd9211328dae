package main

import (
	"fmt"
	"sort"
)

// A map keyed by an interface the program declares: the interpreter
// hashed its boxes of the values, so each Subscribe of an observer passed
// in anew added a key (3 subscribers where Go has 2) and a lookup with an
// equal value missed. Refused, naming the feature.

type Observer interface{ Notify(msg string) string }

type Mail struct{ Addr string }
type SMS struct{ Num int }

func (m *Mail) Notify(msg string) string { return "mail " + m.Addr + ": " + msg }
func (s SMS) Notify(msg string) string   { return fmt.Sprintf("sms %d: %s", s.Num, msg) }

type Hub struct{ subs map[Observer]bool }

func (h *Hub) Subscribe(o Observer)   { h.subs[o] = true }
func (h *Hub) Unsubscribe(o Observer) { delete(h.subs, o) }

func (h *Hub) Publish(msg string) []string {
	var out []string
	for o := range h.subs {
		out = append(out, o.Notify(msg))
	}
	sort.Strings(out)
	return out
}

func main() {
	h := &Hub{subs: map[Observer]bool{}}
	ann := &Mail{"ann@x.io"}
	h.Subscribe(ann)
	h.Subscribe(SMS{42})
	h.Subscribe(ann)
	h.Subscribe(SMS{42})
	fmt.Println(len(h.subs), h.subs[SMS{42}])
	fmt.Println(h.Publish("hello"))
	h.Unsubscribe(SMS{42})
	fmt.Println(h.Publish("bye"))
}
