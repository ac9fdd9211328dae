package main

import (
	"fmt"
	"net/url"
)

func main() {
	u, err := url.Parse("https://user:pa%20ss@example.com:8443/path/to%2Fthing/page?q=go+lang&tag=a&tag=b#section-2")
	if err != nil {
		panic(err)
	}
	fmt.Println("scheme:", u.Scheme)
	fmt.Println("user:", u.User.Username())
	p, set := u.User.Password()
	fmt.Println("password:", p, set)
	fmt.Println("host:", u.Host, u.Hostname(), u.Port())
	fmt.Println("path:", u.Path, "raw:", u.RawPath, "escaped:", u.EscapedPath())
	fmt.Println("fragment:", u.Fragment)
	fmt.Println("rawquery:", u.RawQuery)
	q := u.Query()
	fmt.Println(q.Get("q"), q["tag"], q.Get("missing"), q.Has("tag"))
	fmt.Println(u.Redacted())

	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah & Zoe")
	v.Set("empty", "")
	fmt.Println(v.Encode())
	v.Del("empty")
	fmt.Println(v.Encode())

	base, _ := url.Parse("http://example.com/directory/page.html")
	for _, ref := range []string{"../other/x.html", "/abs", "?q=1", "https://golang.org/", "sub/"} {
		r, _ := url.Parse(ref)
		fmt.Println(base.ResolveReference(r))
	}

	b := &url.URL{Scheme: "https", Host: "api.example.com", Path: "/v1/search items"}
	qq := b.Query()
	qq.Set("limit", "10")
	qq.Set("filter", "a=b")
	b.RawQuery = qq.Encode()
	fmt.Println(b.String())
	fmt.Println(b.JoinPath("more", "../up").String())

	fmt.Println(url.QueryEscape("a b/c?d=e&f"), url.PathEscape("a b/c?d"))
	s, err := url.QueryUnescape("a%20b+c")
	fmt.Println(s, err)
	_, err = url.QueryUnescape("%zz")
	fmt.Println(err)
	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
	_, err = url.Parse(":nope")
	fmt.Println(err)
	m, _ := url.ParseQuery("x=1&y=2&x=3")
	fmt.Println(m, len(m["x"]))
	op, _ := url.Parse("mailto:someone@example.com")
	fmt.Println(op.Scheme, op.Opaque, op.IsAbs())
	fmt.Println(url.UserPassword("me", "secret").String())
}
