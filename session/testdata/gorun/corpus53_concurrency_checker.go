package main

import (
	"fmt"
	"sort"
	"strings"
)

type WebsiteChecker func(string) bool

type result struct {
	string
	bool
}

func CheckWebsites(wc WebsiteChecker, urls []string) map[string]bool {
	results := make(map[string]bool)
	resultChannel := make(chan result)

	for _, url := range urls {
		go func() {
			resultChannel <- result{url, wc(url)}
		}()
	}

	for i := 0; i < len(urls); i++ {
		r := <-resultChannel
		results[r.string] = r.bool
	}
	return results
}

func mockWebsiteChecker(url string) bool {
	return !strings.HasPrefix(url, "waat://")
}

func main() {
	websites := []string{
		"http://google.com",
		"http://blog.gypsydave5.com",
		"waat://furhurterwe.geds",
	}
	got := CheckWebsites(mockWebsiteChecker, websites)
	want := map[string]bool{
		"http://google.com":          true,
		"http://blog.gypsydave5.com": true,
		"waat://furhurterwe.geds":    false,
	}
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-28s %-5v want %v\n", k, got[k], want[k])
	}

	many := make([]string, 100)
	for i := range many {
		many[i] = fmt.Sprintf("http://site%03d.example", i)
	}
	res := CheckWebsites(func(u string) bool { return strings.HasSuffix(u, "7.example") }, many)
	count := 0
	for _, ok := range res {
		if ok {
			count++
		}
	}
	fmt.Println(len(res), "checked,", count, "up")
	fmt.Printf("%+v\n", result{"x", true})
}
