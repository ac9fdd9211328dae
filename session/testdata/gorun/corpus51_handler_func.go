package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct{ Path string }

type Handler interface {
	Serve(w *strings.Builder, r *Request)
}

// HandlerFunc lets an ordinary function be a Handler.
type HandlerFunc func(w *strings.Builder, r *Request)

func (f HandlerFunc) Serve(w *strings.Builder, r *Request) { f(w, r) }

type Counter int

func (c *Counter) Serve(w *strings.Builder, r *Request) {
	*c++
	fmt.Fprintf(w, "counter = %d", *c)
}

type Chan chan *Request

func (ch Chan) Serve(w *strings.Builder, r *Request) {
	ch <- r
	w.WriteString("notification sent")
}

type Mux struct{ routes map[string]Handler }

func (m *Mux) Handle(p string, h Handler) { m.routes[p] = h }
func (m *Mux) HandleFunc(p string, f func(*strings.Builder, *Request)) {
	m.Handle(p, HandlerFunc(f))
}

func logging(next Handler) Handler {
	return HandlerFunc(func(w *strings.Builder, r *Request) {
		w.WriteString("[log " + r.Path + "] ")
		next.Serve(w, r)
	})
}

func main() {
	mux := &Mux{routes: map[string]Handler{}}
	ctr := new(Counter)
	events := make(Chan, 4)
	mux.Handle("/counter", ctr)
	mux.Handle("/events", events)
	mux.HandleFunc("/hello", func(w *strings.Builder, r *Request) {
		fmt.Fprintf(w, "hello at %s", r.Path)
	})
	mux.Handle("/logged", logging(HandlerFunc(func(w *strings.Builder, r *Request) {
		w.WriteString("inner")
	})))

	for _, p := range []string{"/counter", "/hello", "/counter", "/events", "/logged", "/nope"} {
		var sb strings.Builder
		if h, ok := mux.routes[p]; ok {
			h.Serve(&sb, &Request{p})
		} else {
			sb.WriteString("404")
		}
		fmt.Println(p, "->", sb.String())
	}
	fmt.Println(*ctr, len(events), (<-events).Path)

	paths := make([]string, 0)
	for p, h := range mux.routes {
		paths = append(paths, fmt.Sprintf("%s:%T", p, h))
	}
	sort.Strings(paths)
	fmt.Println(strings.Join(paths, " "))
}
