package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c *Counter) Add(k int) { c.n += k }

type Op func(int, int) int

func apply(op Op, a, b int) int { return op(a, b) }

func main() {
	c := &Counter{}
	inc := c.Inc
	for i := 0; i < 3; i++ {
		inc()
	}
	fmt.Println(c.Get())
	add := (*Counter).Add
	add(c, 10)
	fmt.Println(c.n)
	get := Counter.Get
	fmt.Println(get(*c))
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "mul"} {
		fmt.Println(name, apply(ops[name], 6, 7))
	}
	upper := strings.ToUpper
	fmt.Println(upper("method values"))
	fns := []func(string) string{strings.ToLower, strings.TrimSpace, strings.Title}
	for _, f := range fns {
		fmt.Printf("%q\n", f("  Hello World  "))
	}
}
