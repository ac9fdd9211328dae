package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Setter is the "pointer method" constraint idiom: PT is *T and has Set.
type Setter[T any] interface {
	*T
	Set(string) error
}

func ParseAll[T any, PT Setter[T]](inputs []string) ([]T, error) {
	out := make([]T, len(inputs))
	for i, in := range inputs {
		p := PT(&out[i])
		if err := p.Set(in); err != nil {
			return nil, fmt.Errorf("item %d: %w", i, err)
		}
	}
	return out, nil
}

type Port int

func (p *Port) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 65535 {
		return fmt.Errorf("bad port %q", s)
	}
	*p = Port(n)
	return nil
}

type Tag struct {
	Key, Value string
}

func (t *Tag) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("tag %q: missing '='", s)
	}
	t.Key, t.Value = k, v
	return nil
}

func (t Tag) String() string { return t.Key + ":" + t.Value }

func main() {
	ports, err := ParseAll[Port]([]string{"80", "443", "8080"})
	fmt.Println(ports, err)
	_, err = ParseAll[Port]([]string{"22", "99999"})
	fmt.Println("error:", err)

	tags, err := ParseAll[Tag]([]string{"env=prod", "team=core"})
	fmt.Println(tags, err)
	fmt.Printf("%+v\n", tags[0])
	_, err = ParseAll[Tag]([]string{"oops"})
	fmt.Println("error:", err)
}
