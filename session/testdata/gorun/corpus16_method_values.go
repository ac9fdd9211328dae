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
func (c Counter) Show() string   { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Add(k int) int { c.n += k; return c.n }

type Op func(float64, float64) (float64, error)

type Calc struct {
	ops map[string]Op
	log []string
}

func NewCalc() *Calc {
	c := &Calc{ops: map[string]Op{}}
	c.ops["+"] = func(a, b float64) (float64, error) { return a + b, nil }
	c.ops["-"] = func(a, b float64) (float64, error) { return a - b, nil }
	c.ops["*"] = func(a, b float64) (float64, error) { return a * b, nil }
	c.ops["/"] = func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		return a / b, nil
	}
	return c
}

func (c *Calc) Eval(expr string) (float64, error) {
	var a, b float64
	var op string
	if _, err := fmt.Sscanf(expr, "%g %s %g", &a, &op, &b); err != nil {
		return 0, fmt.Errorf("bad expr %q: %v", expr, err)
	}
	f, ok := c.ops[op]
	if !ok {
		return 0, fmt.Errorf("unknown op %q", op)
	}
	r, err := f(a, b)
	if err == nil {
		c.log = append(c.log, fmt.Sprintf("%s = %g", expr, r))
	}
	return r, err
}

func main() {
	c := Counter{name: "hits"}
	inc := c.Inc
	show := c.Show
	inc()
	inc()
	fmt.Println(c.n, show(), c.Show())
	add := (*Counter).Add
	fmt.Println(add(&c, 5), Counter.Show(c))
	fs := []func(){c.Inc, c.Inc}
	for _, f := range fs {
		f()
	}
	fmt.Println(c.Show())

	calc := NewCalc()
	for _, e := range []string{"3 + 4", "10 / 4", "2 * 2.5", "1 / 0", "5 % 2", "oops"} {
		r, err := calc.Eval(e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(e, "=>", r)
	}
	fmt.Println(strings.Join(calc.log, "; "))
	ops := make([]string, 0)
	for k := range calc.ops {
		ops = append(ops, k)
	}
	sort.Strings(ops)
	fmt.Println(ops)
	counters := []*Counter{{"a", 0}, {"b", 10}}
	var incs []func()
	for _, ct := range counters {
		incs = append(incs, ct.Inc)
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(counters[0].Show(), counters[1].Show())
	vals := []Counter{{"x", 1}, {"y", 2}}
	var shows []func() string
	for _, v := range vals {
		shows = append(shows, v.Show)
	}
	vals[0].n = 100
	for _, s := range shows {
		fmt.Print(s(), " ")
	}
	fmt.Println()
}
