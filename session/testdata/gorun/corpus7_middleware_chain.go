package main

import (
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path    string
	User    string
	Headers map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(*Request) Response

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			*log = append(*log, "-> "+r.Path)
			resp := next(r)
			*log = append(*log, fmt.Sprintf("<- %s %d", r.Path, resp.Status))
			return resp
		}
	}
}

func Auth(allowed ...string) Middleware {
	ok := map[string]bool{}
	for _, u := range allowed {
		ok[u] = true
	}
	return func(next Handler) Handler {
		return func(r *Request) Response {
			if !ok[r.User] {
				return Response{403, "forbidden"}
			}
			return next(r)
		}
	}
}

func Recover(next Handler) Handler {
	return func(r *Request) (resp Response) {
		defer func() {
			if e := recover(); e != nil {
				resp = Response{500, fmt.Sprint("internal error: ", e)}
			}
		}()
		return next(r)
	}
}

func Header(k, v string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			if r.Headers == nil {
				r.Headers = map[string]string{}
			}
			r.Headers[k] = v
			return next(r)
		}
	}
}

type Router struct {
	routes map[string]Handler
}

func (rt *Router) Handle(path string, h Handler) { rt.routes[path] = h }

func (rt *Router) Serve(r *Request) Response {
	if h, ok := rt.routes[r.Path]; ok {
		return h(r)
	}
	return Response{404, "not found: " + r.Path}
}

func main() {
	var log []string
	rt := &Router{routes: map[string]Handler{}}
	rt.Handle("/hello", func(r *Request) Response {
		keys := make([]string, 0, len(r.Headers))
		for k := range r.Headers {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return Response{200, "hello " + r.User + " " + strings.Join(keys, ",")}
	})
	rt.Handle("/panic", func(r *Request) Response {
		var m map[string]int
		m["boom"]++
		return Response{200, "unreachable"}
	})
	app := Chain(rt.Serve, Logging(&log), Recover, Auth("ann", "bob"), Header("X-Trace", "1"), Header("X-Ver", "2"))
	for _, req := range []*Request{
		{Path: "/hello", User: "ann"},
		{Path: "/hello", User: "mallory"},
		{Path: "/missing", User: "bob"},
		{Path: "/panic", User: "bob"},
	} {
		resp := app(req)
		fmt.Printf("%d %s\n", resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, " | "))
}
