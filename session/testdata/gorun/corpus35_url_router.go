package main

import (
	"fmt"
	"net/url"
	"path"
	"strings"
)

type Handler func(params map[string]string, q url.Values) string

type route struct {
	pattern string
	h       Handler
}

type Router struct{ routes []route }

func (r *Router) Handle(p string, h Handler) { r.routes = append(r.routes, route{p, h}) }

func match(pattern, p string) (map[string]string, bool) {
	ps := strings.Split(strings.Trim(pattern, "/"), "/")
	xs := strings.Split(strings.Trim(p, "/"), "/")
	if len(ps) != len(xs) {
		return nil, false
	}
	params := map[string]string{}
	for i := range ps {
		if strings.HasPrefix(ps[i], ":") {
			params[ps[i][1:]] = xs[i]
		} else if ok, _ := path.Match(ps[i], xs[i]); !ok {
			return nil, false
		}
	}
	return params, true
}

func (r *Router) Serve(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "400 " + err.Error()
	}
	clean := path.Clean("/" + u.Path)
	for _, rt := range r.routes {
		if params, ok := match(rt.pattern, clean); ok {
			return "200 " + rt.h(params, u.Query())
		}
	}
	return "404 " + clean
}

func main() {
	var r Router
	r.Handle("/users/:id", func(p map[string]string, q url.Values) string {
		return "user " + p["id"] + " fields=" + q.Get("fields")
	})
	r.Handle("/users/:id/posts/:post", func(p map[string]string, _ url.Values) string {
		return fmt.Sprintf("post %s of user %s", p["post"], p["id"])
	})
	r.Handle("/static/*.css", func(p map[string]string, _ url.Values) string { return "stylesheet" })
	r.Handle("/", func(map[string]string, url.Values) string { return "home" })

	for _, req := range []string{
		"/users/42?fields=name,email",
		"/users/7/posts/hello-world",
		"/static/site.css",
		"/static/site.js",
		"/a/../users/./9",
		"/",
		"/nothing/here",
		"/users/%zz",
	} {
		fmt.Printf("%-30s %s\n", req, r.Serve(req))
	}
}
