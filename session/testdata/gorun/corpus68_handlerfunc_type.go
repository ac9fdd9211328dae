package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Path   string
	Method string
}

type HandlerFunc func(r Request) string

func (f HandlerFunc) Serve(r Request) string {
	return f(r)
}

type Handler interface {
	Serve(r Request) string
}

type router struct {
	routes map[string]Handler
}

func (rt *router) Handle(path string, h Handler) {
	rt.routes[path] = h
}

func (rt *router) HandleFunc(path string, f func(Request) string) {
	rt.Handle(path, HandlerFunc(f))
}

func (rt *router) Serve(r Request) string {
	if h, ok := rt.routes[r.Path]; ok {
		return h.Serve(r)
	}
	return "404 not found: " + r.Path
}

func main() {
	rt := &router{routes: map[string]Handler{}}
	rt.HandleFunc("/hello", func(r Request) string {
		return "hello via " + r.Method
	})
	rt.HandleFunc("/upper", func(r Request) string {
		return strings.ToUpper(r.Path)
	})
	var h Handler = rt
	for _, p := range []string{"/hello", "/upper", "/missing"} {
		fmt.Println(h.Serve(Request{Path: p, Method: "GET"}))
	}
	f := HandlerFunc(func(r Request) string { return fmt.Sprintf("%s %s", r.Method, r.Path) })
	fmt.Println(f.Serve(Request{"/x", "POST"}))
	fmt.Printf("%T\n", f)
}
