package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Group is a small errgroup: the first error cancels the others.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

func fetch(ctx context.Context, url string) (string, error) {
	if strings.Contains(url, "bad") {
		return "", fmt.Errorf("fetch %s: %w", url, errors.New("404 not found"))
	}
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
	}
	return strings.ToUpper(url), nil
}

func main() {
	urls := []string{"alpha.example", "beta.example", "gamma.example"}
	g, ctx := WithContext(context.Background())
	pages := make([]string, len(urls))
	for i, u := range urls {
		g.Go(func() error {
			body, err := fetch(ctx, u)
			if err != nil {
				return err
			}
			pages[i] = body
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println("unexpected:", err)
	}
	fmt.Println(strings.Join(pages, ", "))

	g2, ctx2 := WithContext(context.Background())
	var mu sync.Mutex
	var okURLs []string
	for _, u := range []string{"one.example", "bad.example", "two.example"} {
		g2.Go(func() error {
			body, err := fetch(ctx2, u)
			if err != nil {
				return err
			}
			mu.Lock()
			okURLs = append(okURLs, body)
			mu.Unlock()
			return nil
		})
	}
	err := g2.Wait()
	fmt.Println("error:", err)
	sort.Strings(okURLs)
	fmt.Println("context done:", ctx2.Err() != nil, "ok count <= 2:", len(okURLs) <= 2)
}
