package main

import (
	"errors"
	"fmt"
	"strings"
)

type DataSource interface {
	Fetch(key string) (string, error)
}

type db struct {
	data  map[string]string
	calls int
}

func (d *db) Fetch(key string) (string, error) {
	d.calls++
	v, ok := d.data[key]
	if !ok {
		return "", fmt.Errorf("db: key %q: %w", key, errMissing)
	}
	return v, nil
}

var errMissing = errors.New("missing")

type cached struct {
	next  DataSource
	cache map[string]string
	hits  int
}

func WithCache(ds DataSource) *cached {
	return &cached{next: ds, cache: map[string]string{}}
}

func (c *cached) Fetch(key string) (string, error) {
	if v, ok := c.cache[key]; ok {
		c.hits++
		return v, nil
	}
	v, err := c.next.Fetch(key)
	if err == nil {
		c.cache[key] = v
	}
	return v, err
}

type logged struct {
	DataSource
	out *strings.Builder
}

func (l logged) Fetch(key string) (string, error) {
	v, err := l.DataSource.Fetch(key)
	fmt.Fprintf(l.out, "fetch(%s)=%q err=%v\n", key, v, err)
	return v, err
}

type upper struct{ DataSource }

func (u upper) Fetch(key string) (string, error) {
	v, err := u.DataSource.Fetch(key)
	return strings.ToUpper(v), err
}

func main() {
	base := &db{data: map[string]string{"a": "alpha", "b": "beta"}}
	c := WithCache(base)
	var out strings.Builder
	var ds DataSource = logged{upper{c}, &out}

	for _, k := range []string{"a", "b", "a", "z", "a", "z"} {
		v, err := ds.Fetch(k)
		if errors.Is(err, errMissing) {
			fmt.Println(k, "missing")
			continue
		}
		fmt.Println(k, v)
	}
	fmt.Print(out.String())
	fmt.Printf("db calls=%d cache hits=%d cached keys=%d\n", base.calls, c.hits, len(c.cache))
}
