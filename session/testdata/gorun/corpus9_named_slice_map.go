package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] < l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

func (l *IntList) Push(v ...int) { *l = append(*l, v...) }

type Values map[string][]string

func (v Values) Get(key string) string {
	if vs := v[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

func (v Values) Encode() string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		for _, x := range v[k] {
			parts = append(parts, k+"="+x)
		}
	}
	return strings.Join(parts, "&")
}

func main() {
	var l IntList
	l.Push(5, 3, 9)
	l.Push(1)
	fmt.Println(l, l.Sum(), len(l))
	sort.Sort(l)
	fmt.Println(l)
	sort.Sort(sort.Reverse(l))
	fmt.Println(l)
	fmt.Printf("%v %T\n", l, l)

	m := Values{"lang": {"en"}}
	m.Add("item", "1")
	m.Add("item", "2")
	fmt.Println(m.Get("item"), m.Get("lang"), m.Get("q") == "")
	fmt.Println(m["item"])
	fmt.Println(m.Encode())
	m = nil
	fmt.Println(m.Get("item"), len(m))
	fmt.Printf("%T %d\n", m, len(m))
}
