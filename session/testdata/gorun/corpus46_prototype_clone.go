package main

import (
	"fmt"
	"maps"
	"slices"
)

type Cloner[T any] interface {
	Clone() T
}

type Config struct {
	Name  string
	Tags  []string
	Attrs map[string]string
	Inner *Limits
}

type Limits struct{ CPU, Mem int }

func (c *Config) Clone() *Config {
	cp := *c
	cp.Tags = slices.Clone(c.Tags)
	cp.Attrs = maps.Clone(c.Attrs)
	if c.Inner != nil {
		in := *c.Inner
		cp.Inner = &in
	}
	return &cp
}

func shallow(c *Config) *Config {
	cp := *c
	return &cp
}

func cloneAll[T Cloner[T]](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x.Clone()
	}
	return out
}

func show(label string, c *Config) {
	fmt.Printf("%-8s name=%s tags=%v attrs=%v cpu=%d\n", label, c.Name, c.Tags, c.Attrs["env"], c.Inner.CPU)
}

func main() {
	proto := &Config{Name: "base", Tags: []string{"a", "b"}, Attrs: map[string]string{"env": "prod"}, Inner: &Limits{2, 512}}

	s := shallow(proto)
	d := proto.Clone()

	s.Name = "shallow"
	s.Tags[0] = "CHANGED"
	s.Attrs["env"] = "dev"
	s.Inner.CPU = 8

	d.Name = "deep"
	d.Tags = append(d.Tags, "c")
	d.Attrs["env"] = "staging"
	d.Inner.CPU = 1

	show("proto", proto)
	show("shallow", s)
	show("deep", d)

	copies := cloneAll([]*Config{proto, d})
	copies[0].Tags[1] = "X"
	fmt.Println(proto.Tags, copies[0].Tags, copies[1].Name)
	fmt.Println(copies[0] != proto, *copies[1].Inner == *d.Inner)

	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 99
	sl := arr[:]
	sl[1] = 42
	fmt.Println(arr, arr2)
}
