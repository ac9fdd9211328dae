package main

import (
	"fmt"
	"net"
	"net/url"
	"path"
	"sort"
	"strings"
)

func main() {
	s := "postgres://user:pass@host.com:5432/path?k=v#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme)
	fmt.Println(u.User)
	fmt.Println(u.User.Username())
	p, _ := u.User.Password()
	fmt.Println(p)
	fmt.Println(u.Host)
	host, port, _ := net.SplitHostPort(u.Host)
	fmt.Println(host)
	fmt.Println(port)
	fmt.Println(u.Path)
	fmt.Println(u.Fragment)
	fmt.Println(u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m)
	fmt.Println(m["k"][0])

	v := url.Values{}
	v.Set("q", "go lang & more")
	v.Add("tag", "b")
	v.Add("tag", "a")
	fmt.Println(v.Encode(), v.Get("tag"), v["tag"], v.Has("x"))
	base, _ := url.Parse("https://example.com/a/b/c")
	ref, _ := url.Parse("../d?x=1")
	fmt.Println(base.ResolveReference(ref))
	fmt.Println(url.QueryEscape("a b/c?d"), url.PathEscape("a b/c?d"))
	un, err := url.QueryUnescape("a%20b+c")
	fmt.Printf("%q %v\n", un, err)
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
	u2 := &url.URL{Scheme: "https", Host: "api.example.com", Path: "/v1/items"}
	q := u2.Query()
	q.Set("page", "2")
	u2.RawQuery = q.Encode()
	fmt.Println(u2.String(), u2.Hostname(), u2.Port() == "", u2.IsAbs())
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Base("/x/y.txt"), path.Ext("y.tar.gz"), path.Dir("/x/y"))
	links := []string{"https://go.dev/doc", "http://example.com:8080/x", "ftp://files.net/pub", "https://go.dev/blog"}
	byHost := map[string][]string{}
	for _, l := range links {
		lu, _ := url.Parse(l)
		byHost[lu.Hostname()] = append(byHost[lu.Hostname()], strings.TrimPrefix(lu.Path, "/"))
	}
	hosts := make([]string, 0, len(byHost))
	for h := range byHost {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	for _, h := range hosts {
		fmt.Println(h, byHost[h])
	}
	ip := net.ParseIP("192.168.1.10")
	_, cidr, _ := net.ParseCIDR("192.168.0.0/16")
	fmt.Println(ip, cidr, cidr.Contains(ip), ip.To4() != nil)
}
