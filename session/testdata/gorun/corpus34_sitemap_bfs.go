package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

var site = map[string][]string{
	"/":            {"/about", "/blog", "https://other.com/x", "/blog"},
	"/about":       {"/", "/contact"},
	"/blog":        {"/blog/first", "/blog/second", "/"},
	"/blog/first":  {"/blog", "/blog/second"},
	"/blog/second": {"/blog/third"},
	"/blog/third":  {"/"},
	"/contact":     {"mailto:me@example.com"},
}

type loc struct {
	Value string `xml:"loc"`
}

type urlset struct {
	Urls  []loc  `xml:"url"`
	Xmlns string `xml:"xmlns,attr"`
}

func bfs(start string, maxDepth int) []string {
	seen := make(map[string]struct{})
	var q map[string]struct{}
	nq := map[string]struct{}{start: {}}
	var order []string
	for depth := 0; depth <= maxDepth; depth++ {
		q, nq = nq, make(map[string]struct{})
		if len(q) == 0 {
			break
		}
		level := make([]string, 0, len(q))
		for u := range q {
			level = append(level, u)
		}
		// deterministic order within a level
		for i := 1; i < len(level); i++ {
			for j := i; j > 0 && level[j] < level[j-1]; j-- {
				level[j], level[j-1] = level[j-1], level[j]
			}
		}
		for _, u := range level {
			if _, ok := seen[u]; ok {
				continue
			}
			seen[u] = struct{}{}
			order = append(order, u)
			for _, link := range site[u] {
				if strings.HasPrefix(link, "/") {
					nq[link] = struct{}{}
				}
			}
		}
	}
	return order
}

func main() {
	pages := bfs("/", 2)
	fmt.Println("depth 2:", pages)
	pages = bfs("/", 10)
	toXML := urlset{Xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	for _, p := range pages {
		toXML.Urls = append(toXML.Urls, loc{"https://example.com" + p})
	}
	fmt.Print(xml.Header)
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", "  ")
	if err := enc.Encode(toXML); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println()
}
