package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Codec interface {
	Encode(string) string
	Decode(string) string
}

type Factory func(opts map[string]string) (Codec, error)

var (
	registryMu sync.RWMutex
	registry   = map[string]Factory{}
)

func Register(name string, f Factory) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[name]; dup {
		panic("codec already registered: " + name)
	}
	registry[name] = f
}

func New(name string, opts map[string]string) (Codec, error) {
	registryMu.RLock()
	f, ok := registry[name]
	registryMu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("unknown codec %q (have %s)", name, strings.Join(Names(), ", "))
	}
	return f(opts)
}

func Names() []string {
	registryMu.RLock()
	defer registryMu.RUnlock()
	var ns []string
	for n := range registry {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	return ns
}

type rot struct{ n int }

func (r rot) shift(s string, by int) string {
	return strings.Map(func(c rune) rune {
		if c >= 'a' && c <= 'z' {
			return 'a' + (c-'a'+rune(by)+26)%26
		}
		return c
	}, s)
}
func (r rot) Encode(s string) string { return r.shift(s, r.n) }
func (r rot) Decode(s string) string { return r.shift(s, -r.n) }

type reverser struct{}

func (reverser) Encode(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}
func (x reverser) Decode(s string) string { return x.Encode(s) }

func init() {
	Register("rot13", func(map[string]string) (Codec, error) { return rot{13}, nil })
	Register("reverse", func(map[string]string) (Codec, error) { return reverser{}, nil })
}

func init() {
	Register("caesar", func(o map[string]string) (Codec, error) {
		var n int
		if _, err := fmt.Sscanf(o["shift"], "%d", &n); err != nil {
			return nil, fmt.Errorf("caesar: bad shift %q", o["shift"])
		}
		return rot{n}, nil
	})
}

var once sync.Once
var defaultCodec Codec

func Default() Codec {
	once.Do(func() {
		fmt.Println("(initialising default codec)")
		defaultCodec, _ = New("rot13", nil)
	})
	return defaultCodec
}

func main() {
	fmt.Println(Names())
	for _, tc := range []struct {
		name string
		opts map[string]string
	}{{"rot13", nil}, {"reverse", nil}, {"caesar", map[string]string{"shift": "3"}}, {"caesar", map[string]string{"shift": "x"}}, {"base64", nil}} {
		c, err := New(tc.name, tc.opts)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		enc := c.Encode("hello gopher")
		fmt.Printf("%-8s %q -> %q\n", tc.name, enc, c.Decode(enc))
	}
	fmt.Println(Default().Encode("abc"), Default().Encode("xyz"))
	defer func() { fmt.Println("recovered:", recover()) }()
	Register("reverse", nil)
}
