package main

import (
	"fmt"
	"sort"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
}

type mapStore map[string]string

func (m mapStore) Get(k string) (string, bool) { v, ok := m[k]; return v, ok }
func (m mapStore) Set(k, v string)             { m[k] = v }

type Names []string

func (n Names) String() string { return strings.Join(n, "+") }

type Lengther interface{ Len() int }

func (n Names) Len() int { return len(n) }

func NewStore() Store { return mapStore{"seed": "1"} }

type holder struct{ S Store }

func main() {
	var s Store = mapStore{}
	s.Set("a", "1")
	fmt.Println(s.Get("a"))

	var t Store
	t = mapStore{"b": "2"}
	fmt.Println(t.Get("b"))

	fmt.Println(NewStore().Get("seed"))
	h := holder{S: mapStore{"c": "3"}}
	h.S = mapStore{"d": "4"}
	fmt.Println(h.S.Get("d"))

	var st fmt.Stringer = Names{"x", "y"}
	var l Lengther = Names{"p"}
	fmt.Println(st, l.Len())

	stores := map[string]Store{}
	stores["m"] = mapStore{"k": "v"}
	keys := []string{}
	for k := range stores {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, len(stores["m"].(mapStore)))
}
