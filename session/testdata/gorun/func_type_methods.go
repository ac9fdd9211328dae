package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func (h Handler) Chain(next Handler) Handler {
	return func(s string) string { return next(h(s)) }
}

func (h Handler) Twice() Handler { return h.Chain(h) }

type Middleware func(Handler) Handler

func (m Middleware) Wrap(h Handler) Handler { return m(h) }

func build(hs ...Handler) Handler {
	out := Handler(func(s string) string { return s })
	for _, h := range hs {
		out = out.Chain(h)
	}
	return out
}

func main() {
	e := Handler(func(s string) string { return s + "!" })
	up := Handler(strings.ToUpper)
	h := Handler.Chain(e, up)
	fmt.Println(h("hi"))
	chain := Handler.Chain
	fmt.Println(chain(up, e)("x"))
	fmt.Println(e.Chain(e)("y"), e.Twice().Twice()("z"))
	fmt.Println(build(e, up, e)("go"))
	logging := Middleware(func(next Handler) Handler {
		return func(s string) string { return "[" + next(s) + "]" }
	})
	fmt.Println(logging.Wrap(e.Twice())("w"), Middleware.Wrap(logging, up)("v"))
}
