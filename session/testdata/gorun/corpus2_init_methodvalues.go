package main

import (
	"fmt"
	"sort"
	"strings"
)

var registry = buildRegistry()

var greeting string

var (
	total = sum(1, 2, 3)
	twice = total * 2
)

func buildRegistry() map[string]func(int) int {
	return map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	greeting = "hello from init"
	registry["neg"] = func(x int) int { return -x }
}

func init() {
	greeting += " (twice)"
}

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()            { c.n++ }
func (c Counter) Describe() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

func apply(times int, f func()) {
	for i := 0; i < times; i++ {
		f()
	}
}

type Logger interface {
	Log(string)
}

type prefixLogger struct {
	prefix string
	lines  []string
}

func (p *prefixLogger) Log(s string) { p.lines = append(p.lines, p.prefix+s) }

type Service struct {
	Logger
	Name string
}

func main() {
	fmt.Println(greeting)
	fmt.Println(total, twice)
	keys := make([]string, 0, len(registry))
	for k := range registry {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, registry[k](7))
	}

	c := &Counter{name: "clicks"}
	inc := c.Inc
	apply(3, inc)
	desc := c.Describe
	c.Inc()
	fmt.Println(desc(), c.Describe())
	f := (*Counter).Inc
	f(c)
	g := Counter.Describe
	fmt.Println(g(*c))

	upper := strings.ToUpper
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"), upper("go"))

	pl := &prefixLogger{prefix: "[svc] "}
	svc := Service{Logger: pl, Name: "api"}
	svc.Log("starting " + svc.Name)
	svc.Logger.Log("ready")
	var lg Logger = svc
	lg.Log("via interface")
	fmt.Println(strings.Join(pl.lines, "\n"))
}
