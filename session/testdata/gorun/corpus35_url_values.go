package main

import (
	"fmt"
	"net/url"
	"sort"
)

type filter struct {
	Field string
	Value string
}

func buildQuery(filters []filter, limit int) url.Values {
	v := url.Values{}
	for _, f := range filters {
		v.Add("filter", f.Field+":"+f.Value)
	}
	v.Set("limit", fmt.Sprint(limit))
	return v
}

func main() {
	v := buildQuery([]filter{{"name", "Ada Lovelace"}, {"city", "London & Paris"}}, 10)
	fmt.Println(v.Encode())
	fmt.Println(v.Has("limit"), v.Has("offset"))
	v.Del("limit")
	fmt.Println(v.Encode())

	parsed, err := url.ParseQuery("a=1&b=2&a=3&c=hello%20world&d")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	keys := make([]string, 0, len(parsed))
	for k := range parsed {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s => %q\n", k, parsed[k])
	}

	samples := []string{"a b", "x/y", "100%", "ü", "a+b=c"}
	for _, s := range samples {
		fmt.Printf("%-6q query=%-10s path=%s\n", s, url.QueryEscape(s), url.PathEscape(s))
	}
	un, err := url.QueryUnescape("caf%C3%A9+au+lait")
	fmt.Println(un, err)
	_, err = url.QueryUnescape("bad%zz")
	fmt.Println("unescape error:", err)

	u := &url.URL{Scheme: "https", Host: "api.example.com", Path: "/v1/items list"}
	u.RawQuery = url.Values{"sort": {"desc"}, "tag": {"a", "b"}}.Encode()
	fmt.Println(u)
	fmt.Println(u.EscapedPath())
	fmt.Println(u.JoinPath("sub", "../other").String())
}
