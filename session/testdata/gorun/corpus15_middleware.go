package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path   string
	User   string
	Header map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler interface {
	Serve(r *Request) Response
}

type HandlerFunc func(r *Request) Response

func (f HandlerFunc) Serve(r *Request) Response { return f(r) }

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

var trace []string

func Logging(name string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) Response {
			trace = append(trace, name+" before "+r.Path)
			resp := next.Serve(r)
			trace = append(trace, fmt.Sprintf("%s after %d", name, resp.Status))
			return resp
		})
	}
}

func Auth(next Handler) Handler {
	return HandlerFunc(func(r *Request) Response {
		if r.User == "" {
			return Response{401, "unauthorized"}
		}
		r.Header["X-User"] = strings.ToUpper(r.User)
		return next.Serve(r)
	})
}

func Recover(next Handler) Handler {
	return HandlerFunc(func(r *Request) (resp Response) {
		defer func() {
			if v := recover(); v != nil {
				resp = Response{500, fmt.Sprint("panic: ", v)}
			}
		}()
		return next.Serve(r)
	})
}

type Mux struct {
	routes map[string]Handler
}

func (m *Mux) Handle(p string, h Handler) {
	if m.routes == nil {
		m.routes = map[string]Handler{}
	}
	m.routes[p] = h
}

func (m *Mux) Serve(r *Request) Response {
	if h, ok := m.routes[r.Path]; ok {
		return h.Serve(r)
	}
	return Response{404, "not found: " + r.Path}
}

var errBoom = errors.New("boom")

func main() {
	mux := &Mux{}
	mux.Handle("/hello", HandlerFunc(func(r *Request) Response {
		return Response{200, "hello " + r.Header["X-User"]}
	}))
	mux.Handle("/panic", HandlerFunc(func(r *Request) Response { panic(errBoom) }))
	app := Chain(mux, Recover, Logging("outer"), Auth, Logging("inner"))
	reqs := []*Request{
		{Path: "/hello", User: "ann", Header: map[string]string{}},
		{Path: "/hello", Header: map[string]string{}},
		{Path: "/missing", User: "bob", Header: map[string]string{}},
		{Path: "/panic", User: "cy", Header: map[string]string{}},
	}
	for _, r := range reqs {
		resp := app.Serve(r)
		fmt.Printf("%-8s %d %q\n", r.Path, resp.Status, resp.Body)
	}
	for _, t := range trace {
		fmt.Println(t)
	}
	keys := make([]string, 0)
	for k := range reqs[0].Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, reqs[1].Header)
}
