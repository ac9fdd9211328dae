package main

import (
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Run(input string) (string, error)
}

type Configurable interface {
	Configure(opts map[string]string)
}

type upper struct{}

func (upper) Name() string                 { return "upper" }
func (upper) Run(s string) (string, error) { return strings.ToUpper(s), nil }

type repeat struct{ times int }

func (r *repeat) Name() string { return "repeat" }
func (r *repeat) Run(s string) (string, error) {
	if r.times <= 0 {
		return "", fmt.Errorf("repeat: times must be positive, got %d", r.times)
	}
	return strings.Repeat(s, r.times), nil
}
func (r *repeat) Configure(opts map[string]string) {
	fmt.Sscanf(opts["times"], "%d", &r.times)
}

type prefix struct {
	text  string
	calls int
}

func (p *prefix) Name() string { return "prefix" }
func (p *prefix) Run(s string) (string, error) {
	p.calls++
	return p.text + s, nil
}
func (p *prefix) Configure(opts map[string]string) { p.text = opts["text"] }

type Registry struct {
	plugins map[string]Plugin
}

func (r *Registry) Register(p Plugin) {
	if r.plugins == nil {
		r.plugins = map[string]Plugin{}
	}
	r.plugins[p.Name()] = p
}

func (r *Registry) Names() []string {
	var ns []string
	for n := range r.plugins {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (r *Registry) Pipeline(input string, names ...string) (string, error) {
	out := input
	for _, n := range names {
		p, ok := r.plugins[n]
		if !ok {
			return "", fmt.Errorf("unknown plugin %q", n)
		}
		var err error
		if out, err = p.Run(out); err != nil {
			return "", fmt.Errorf("pipeline step %s: %w", n, err)
		}
	}
	return out, nil
}

func main() {
	var reg Registry
	pre := &prefix{}
	for _, p := range []Plugin{upper{}, &repeat{}, pre} {
		reg.Register(p)
	}
	fmt.Println(reg.Names())

	configs := map[string]map[string]string{
		"repeat": {"times": "2"},
		"prefix": {"text": ">> "},
	}
	for _, name := range reg.Names() {
		if c, ok := reg.plugins[name].(Configurable); ok {
			c.Configure(configs[name])
			fmt.Printf("configured %s (%T)\n", name, reg.plugins[name])
		}
	}
	for _, steps := range [][]string{{"upper"}, {"repeat", "prefix"}, {"upper", "repeat", "prefix"}, {"nope"}} {
		out, err := reg.Pipeline("go ", steps...)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%v => %q\n", steps, out)
	}
	reg.Register(&repeat{})
	_, err := reg.Pipeline("x", "repeat")
	fmt.Println("error:", err)
	fmt.Println("prefix calls:", pre.calls)
	var p Plugin = upper{}
	_, isConf := p.(Configurable)
	fmt.Println("upper configurable:", isConf)
}
