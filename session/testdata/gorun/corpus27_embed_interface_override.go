package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Store interface {
	Get(k string) (string, error)
	Set(k, v string) error
	Keys() []string
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, error) {
	v, ok := s.m[k]
	if !ok {
		return "", fmt.Errorf("no key %q", k)
	}
	return v, nil
}
func (s *mapStore) Set(k, v string) error { s.m[k] = v; return nil }
func (s *mapStore) Keys() []string {
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// readOnly embeds the interface and overrides only Set.
type readOnly struct {
	Store
}

func (readOnly) Set(k, v string) error { return fmt.Errorf("read-only: cannot set %q", k) }

// failingStore overrides Get to inject failures, everything else is delegated.
type failingStore struct {
	Store
	failOn string
}

func (f failingStore) Get(k string) (string, error) {
	if k == f.failOn {
		return "", fmt.Errorf("injected failure for %q", k)
	}
	return f.Store.Get(k)
}

// A writer that embeds io.Writer and overrides nothing but adds a method.
type namedWriter struct {
	io.Writer
	name string
}

func (n namedWriter) Name() string { return n.name }

func main() {
	base := &mapStore{m: map[string]string{"a": "1", "b": "2"}}
	var s Store = readOnly{base}
	fmt.Println(s.Set("c", "3"))
	v, err := s.Get("a")
	fmt.Println(v, err, s.Keys())

	f := failingStore{Store: base, failOn: "b"}
	for _, k := range []string{"a", "b", "z"} {
		v, err := f.Get(k)
		fmt.Printf("%s: %q %v\n", k, v, err)
	}
	fmt.Println(f.Set("z", "26"), f.Keys())

	var sb strings.Builder
	nw := namedWriter{&sb, "buffer"}
	fmt.Fprintf(nw, "written via %s", nw.Name())
	fmt.Println(sb.String())

	// Embedded nil interface: calling a non-overridden method panics.
	defer func() {
		fmt.Println("recovered:", recover() != nil)
	}()
	empty := readOnly{}
	fmt.Println(empty.Set("x", "y"))
	empty.Keys()
	fmt.Println("not reached")
}
