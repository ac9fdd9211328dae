package main

import (
	"fmt"
	"strings"
	"sync"
)

type Page struct {
	URL   string
	Title string
	Words int
}

func fetch(url string) Page {
	// Pretend to fetch: derive everything from the URL.
	name := strings.TrimPrefix(url, "https://example.com/")
	return Page{URL: url, Title: strings.ToUpper(name[:1]) + name[1:], Words: len(name) * 100}
}

func main() {
	urls := []string{
		"https://example.com/home",
		"https://example.com/about",
		"https://example.com/blog",
		"https://example.com/contact",
		"https://example.com/pricing",
	}
	pages := make([]Page, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pages[i] = fetch(u)
		}()
	}
	wg.Wait()

	total := 0
	for i, p := range pages {
		fmt.Printf("%d %-8s %4d %s\n", i, p.Title, p.Words, p.URL)
		total += p.Words
	}
	fmt.Println("total words:", total)

	errs := make([]error, len(urls))
	for i := range urls {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 1 {
				errs[i] = fmt.Errorf("url %d failed", i)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(errs)
}
