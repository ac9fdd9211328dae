package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(d int)     { c.n += d }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Button struct {
	label    string
	handlers []func()
}

func (b *Button) OnClick(h func()) { b.handlers = append(b.handlers, h) }
func (b *Button) Click() {
	for _, h := range b.handlers {
		h()
	}
}

type Temp float64

func (t Temp) Celsius() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func apply(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	clicks := &Counter{name: "clicks"}
	total := &Counter{name: "total"}
	b := &Button{label: "OK"}
	b.OnClick(clicks.Inc)
	b.OnClick(func() { total.Add(10) })
	b.Click()
	b.Click()
	fmt.Println(clicks, total)

	// method value binds receiver copy for value receivers
	c := Counter{name: "snap", n: 1}
	str := c.String
	c.n = 99
	fmt.Println(str(), c.String())

	// method expressions
	inc := (*Counter).Inc
	inc(&c)
	add := (*Counter).Add
	add(&c, 5)
	fmt.Println(c)

	apply([]int{1, 2, 3}, total.Add)
	fmt.Println(total)

	temps := []Temp{21.5, 19, 30.25}
	fs := make([]func() string, len(temps))
	for i, t := range temps {
		fs[i] = t.Celsius
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	words := strings.Fields("delta alpha charlie bravo")
	sort.Strings(words)
	join := strings.Join
	fmt.Println(join(words, "-"))
	upper := strings.NewReplacer("a", "A").Replace
	fmt.Println(upper("banana"))
	var sb strings.Builder
	write := sb.WriteString
	write("method ")
	write("value")
	fmt.Println(sb.String(), sb.Len())
}
