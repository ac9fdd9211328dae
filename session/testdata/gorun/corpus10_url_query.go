package main

import (
	"fmt"
	"net/url"
)

func main() {
	raw := "https://user:pa%20ss@api.example.com:8443/v1/search/go%20lang?q=hello+world&tag=a&tag=b&empty=#results"
	u, err := url.Parse(raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("scheme:", u.Scheme)
	fmt.Println("user:", u.User.Username())
	pw, set := u.User.Password()
	fmt.Println("password:", pw, set)
	fmt.Println("host:", u.Host, u.Hostname(), u.Port())
	fmt.Println("path:", u.Path, "raw:", u.EscapedPath())
	fmt.Println("fragment:", u.Fragment)
	q := u.Query()
	fmt.Println(q.Get("q"), q["tag"], q.Has("empty"), q.Get("missing") == "")

	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("lang", "go")
	v.Add("lang", "c&c++")
	v.Set("z", "last")
	v.Set("a", "first")
	fmt.Println(v.Encode())
	v.Del("z")
	fmt.Println(v.Encode())

	base, _ := url.Parse("https://example.com/docs/guide/intro.html")
	for _, ref := range []string{"../api/", "chapter2.html", "/root", "?page=2", "https://other.org/x"} {
		r, _ := url.Parse(ref)
		fmt.Println(ref, "=>", base.ResolveReference(r))
	}

	built := url.URL{Scheme: "http", Host: "localhost:8080", Path: "/a b/c", RawQuery: v.Encode()}
	fmt.Println(built.String())
	fmt.Println(url.PathEscape("a b/c"), url.QueryEscape("a b/c&d=e"))
	un, err := url.QueryUnescape("x%20y+z")
	fmt.Println(un, err)
	_, err = url.QueryUnescape("bad%zz")
	fmt.Println(err)

	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
	_, err = url.Parse(":no-scheme")
	fmt.Println(err)
	pq, err := url.ParseQuery("x=1&y=2&x=3")
	fmt.Println(pq, err)
	rel, _ := url.Parse("mailto:gopher@example.com")
	fmt.Println(rel.Scheme, rel.Opaque, rel.IsAbs())
	j := base.JoinPath("..", "extra", "page")
	fmt.Println(j)
}
