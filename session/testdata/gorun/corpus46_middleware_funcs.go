package main

import (
	"errors"
	"fmt"
	"strings"
)

type Handler func(req string) (string, error)

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(trace *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req string) (string, error) {
			*trace = append(*trace, "log>"+req)
			resp, err := next(req)
			*trace = append(*trace, "log<"+resp)
			return resp, err
		}
	}
}

func Upper(next Handler) Handler {
	return func(req string) (string, error) {
		return next(strings.ToUpper(req))
	}
}

var ErrEmpty = errors.New("empty request")

func Validate(next Handler) Handler {
	return func(req string) (string, error) {
		if strings.TrimSpace(req) == "" {
			return "", ErrEmpty
		}
		return next(req)
	}
}

func Recover(next Handler) Handler {
	return func(req string) (resp string, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered: %v", r)
			}
		}()
		return next(req)
	}
}

func echo(req string) (string, error) {
	if req == "BOOM" {
		panic("kaboom")
	}
	return "echo:" + req, nil
}

func main() {
	var trace []string
	h := Chain(echo, Recover, Logging(&trace), Validate, Upper)
	for _, in := range []string{"hello", "  ", "boom", "go"} {
		resp, err := h(in)
		if errors.Is(err, ErrEmpty) {
			fmt.Printf("%q -> rejected\n", in)
			continue
		}
		fmt.Printf("%q -> %q err=%v\n", in, resp, err)
	}
	fmt.Println(strings.Join(trace, " | "))
}
