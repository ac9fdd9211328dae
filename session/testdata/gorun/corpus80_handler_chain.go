package main

import (
	"fmt"
	"sort"
	"strings"
)

// A tiny request pipeline in the style of net/http: an interface, a
// function type that implements it, and middleware that wraps handlers.
type Request struct {
	Path   string
	User   string
	Header map[string]string
}

type Response struct {
	Status int
	Body   strings.Builder
}

type Handler interface {
	Serve(res *Response, req *Request)
}

type HandlerFunc func(*Response, *Request)

func (f HandlerFunc) Serve(res *Response, req *Request) { f(res, req) }

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(res *Response, req *Request) {
			*log = append(*log, "-> "+req.Path)
			next.Serve(res, req)
			*log = append(*log, fmt.Sprintf("<- %s %d", req.Path, res.Status))
		})
	}
}

func RequireUser(next Handler) Handler {
	return HandlerFunc(func(res *Response, req *Request) {
		if req.User == "" {
			res.Status = 401
			res.Body.WriteString("unauthorized")
			return
		}
		next.Serve(res, req)
	})
}

// Router is a Handler that is a struct, with a method value as a route.
type Router struct {
	routes map[string]Handler
	hits   map[string]int
}

func NewRouter() *Router {
	return &Router{routes: map[string]Handler{}, hits: map[string]int{}}
}

func (r *Router) Handle(path string, h Handler) { r.routes[path] = h }
func (r *Router) HandleFunc(path string, f func(*Response, *Request)) {
	r.Handle(path, HandlerFunc(f))
}

func (r *Router) Serve(res *Response, req *Request) {
	r.hits[req.Path]++
	h, ok := r.routes[req.Path]
	if !ok {
		res.Status = 404
		fmt.Fprintf(&res.Body, "no route for %s", req.Path)
		return
	}
	res.Status = 200
	h.Serve(res, req)
}

type greeter struct{ greeting string }

func (g greeter) Serve(res *Response, req *Request) {
	fmt.Fprintf(&res.Body, "%s, %s!", g.greeting, req.User)
}

type stats struct{ r *Router }

func (s stats) report(res *Response, req *Request) {
	keys := make([]string, 0, len(s.r.hits))
	for k := range s.r.hits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&res.Body, "%s=%d ", k, s.r.hits[k])
	}
}

func main() {
	var log []string
	r := NewRouter()
	r.Handle("/hello", greeter{"Hello"})
	r.Handle("/hola", Chain(greeter{"Hola"}, RequireUser))
	r.HandleFunc("/stats", stats{r}.report)
	app := Chain(r, Logging(&log))

	reqs := []*Request{
		{Path: "/hello", User: "ann"},
		{Path: "/hola", User: ""},
		{Path: "/hola", User: "bo"},
		{Path: "/nope"},
		{Path: "/stats"},
	}
	for _, req := range reqs {
		res := &Response{}
		app.Serve(res, req)
		fmt.Printf("%-7s %d %s\n", req.Path, res.Status, res.Body.String())
	}
	fmt.Println(strings.Join(log, " "))

	var h Handler = HandlerFunc(func(*Response, *Request) {})
	_, isFunc := h.(HandlerFunc)
	_, isRouter := h.(*Router)
	fmt.Println(isFunc, isRouter)
	fmt.Printf("%T %T\n", app, r.routes["/hello"])
}
