package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Path    string
	Headers map[string]string
	log     []string
}

type Handler func(*Request) (int, string)

type Middleware func(Handler) Handler

func Logging(name string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (int, string) {
			r.log = append(r.log, "enter "+name)
			code, body := next(r)
			r.log = append(r.log, fmt.Sprintf("leave %s (%d)", name, code))
			return code, body
		}
	}
}

func Auth(token string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) (int, string) {
			if r.Headers["Authorization"] != token {
				return 401, "unauthorized"
			}
			return next(r)
		}
	}
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	final := func(r *Request) (int, string) {
		r.log = append(r.log, "handler")
		return 200, "ok: " + strings.TrimPrefix(r.Path, "/")
	}
	h := Chain(final, Logging("outer"), Auth("secret"), Logging("inner"))

	reqs := []*Request{
		{Path: "/users", Headers: map[string]string{"Authorization": "secret"}},
		{Path: "/admin", Headers: map[string]string{}},
	}
	for _, r := range reqs {
		code, body := h(r)
		fmt.Println(code, body)
		for _, l := range r.log {
			fmt.Println("   ", l)
		}
	}
}
