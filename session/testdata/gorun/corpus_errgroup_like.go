package main

import (
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

func fetch(url string) (int, error) {
	if url == "bad" {
		return 0, errors.New("fetch bad: 404")
	}
	return len(url), nil
}

func main() {
	urls := []string{"golang.org", "go.dev", "pkg.go.dev"}
	sizes := make([]int, len(urls))
	var g Group
	for i, u := range urls {
		g.Go(func() error {
			n, err := fetch(u)
			sizes[i] = n
			return err
		})
	}
	fmt.Println(g.Wait(), sizes)
	var g2 Group
	for _, u := range []string{"ok", "bad"} {
		g2.Go(func() error {
			_, err := fetch(u)
			return err
		})
	}
	fmt.Println(g2.Wait())
}
