package main

import (
	"fmt"
	"log"
	"net/url"
)

func main() {
	u, err := url.Parse("https://bob:secret@example.com:8443/docs/search?q=go+lang&page=2#results")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("scheme:", u.Scheme)
	fmt.Println("user:", u.User.Username())
	pw, ok := u.User.Password()
	fmt.Println("password set:", ok, len(pw))
	fmt.Println("host:", u.Host)
	fmt.Println("hostname:", u.Hostname(), "port:", u.Port())
	fmt.Println("path:", u.Path)
	fmt.Println("raw query:", u.RawQuery)
	fmt.Println("fragment:", u.Fragment)

	q := u.Query()
	fmt.Printf("q=%q page=%q missing=%q\n", q.Get("q"), q.Get("page"), q.Get("nope"))

	base, _ := url.Parse("https://example.com/a/b/c")
	for _, ref := range []string{"d", "../e", "/f", "?x=1", "//other.org/g"} {
		r, err := url.Parse(ref)
		if err != nil {
			fmt.Println("bad ref:", err)
			continue
		}
		fmt.Printf("%-14s -> %s\n", ref, base.ResolveReference(r))
	}

	_, err = url.Parse("http://[::1")
	fmt.Println("error:", err != nil)
	if ue, ok := err.(*url.Error); ok {
		fmt.Println("op:", ue.Op)
	}

	u.Fragment = ""
	u.User = nil
	q.Set("page", "3")
	q.Add("lang", "en")
	u.RawQuery = q.Encode()
	fmt.Println(u.String())
	fmt.Println("abs:", u.IsAbs(), "redacted:", u.Redacted())
}
