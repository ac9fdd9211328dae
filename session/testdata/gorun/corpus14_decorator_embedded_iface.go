package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, val string)
}

type mapStore struct{ data map[string]string }

func (m *mapStore) Get(k string) (string, bool) { v, ok := m.data[k]; return v, ok }
func (m *mapStore) Set(k, v string)             { m.data[k] = v }

type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Set(k, v string) {
	l.log = append(l.log, "set "+k)
	l.Store.Set(k, v)
}

type upperStore struct{ Store }

func (u upperStore) Get(k string) (string, bool) {
	v, ok := u.Store.Get(k)
	return strings.ToUpper(v), ok
}

type countingStore struct {
	Store
	gets *int
}

func (c countingStore) Get(k string) (string, bool) {
	*c.gets++
	return c.Store.Get(k)
}

func main() {
	base := &mapStore{data: map[string]string{}}
	ls := &loggingStore{Store: base}
	var s Store = ls
	s.Set("a", "apple")
	s.Set("b", "banana")
	v, ok := s.Get("a")
	fmt.Println(v, ok, ls.log)

	n := 0
	var chain Store = countingStore{Store: upperStore{Store: ls}, gets: &n}
	chain.Set("c", "cherry")
	for _, k := range []string{"a", "c", "z"} {
		v, ok := chain.Get(k)
		fmt.Printf("%s=%q %v\n", k, v, ok)
	}
	fmt.Println("gets", n, "log", ls.log)
	fmt.Println(len(base.data))

	var empty loggingStore
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		empty.Get("x")
	}()
	fmt.Printf("%T %T\n", chain, ls.Store)
}
