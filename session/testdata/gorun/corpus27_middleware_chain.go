package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Path string
	User string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(req *Request) Response

type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req *Request) Response {
			*log = append(*log, "start "+req.Path)
			resp := next(req)
			*log = append(*log, fmt.Sprintf("end %s %d", req.Path, resp.Status))
			return resp
		}
	}
}

func Auth(next Handler) Handler {
	return func(req *Request) Response {
		if req.User == "" {
			return Response{401, "unauthorized"}
		}
		return next(req)
	}
}

func Uppercase(next Handler) Handler {
	return func(req *Request) Response {
		r := next(req)
		r.Body = strings.ToUpper(r.Body)
		return r
	}
}

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func hello(req *Request) Response {
	return Response{200, "hello " + req.User + " at " + req.Path}
}

func main() {
	var log []string
	h := Chain(hello, Logging(&log), Auth, Uppercase)

	reqs := []*Request{
		{Path: "/home", User: "ann"},
		{Path: "/admin"},
		{Path: "/about", User: "bob"},
	}
	for _, r := range reqs {
		resp := h(r)
		fmt.Printf("%d %s\n", resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
}
