package main

import (
	"errors"
	"fmt"
	"strings"
)

type Validator struct {
	Name  string
	Check func(string) bool
}

type Calculator struct {
	ops     map[string]func(a, b float64) (float64, error)
	history []string
	OnCalc  func(string)
}

func NewCalculator() *Calculator {
	c := &Calculator{ops: map[string]func(a, b float64) (float64, error){}}
	c.ops["add"] = func(a, b float64) (float64, error) { return a + b, nil }
	c.ops["div"] = func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	}
	return c
}

func (c *Calculator) Do(op string, a, b float64) {
	f, ok := c.ops[op]
	if !ok {
		fmt.Println("unknown op", op)
		return
	}
	r, err := f(a, b)
	entry := fmt.Sprintf("%s(%g, %g) = %g, err=%v", op, a, b, r, err)
	c.history = append(c.history, entry)
	if c.OnCalc != nil {
		c.OnCalc(entry)
	}
}

type Handler func(string) string

type Pipeline struct {
	stages []Handler
}

func (p *Pipeline) Use(h Handler) *Pipeline {
	p.stages = append(p.stages, h)
	return p
}

func (p *Pipeline) Run(s string) string {
	for _, h := range p.stages {
		s = h(s)
	}
	return s
}

type Button struct {
	Label   string
	OnClick func()
}

func main() {
	validators := []Validator{
		{"non-empty", func(s string) bool { return s != "" }},
		{"has-at", func(s string) bool { return strings.Contains(s, "@") }},
		{"short", func(s string) bool { return len(s) < 12 }},
	}
	for _, input := range []string{"a@b.co", "", "longname@example.org"} {
		var failed []string
		for _, v := range validators {
			if !v.Check(input) {
				failed = append(failed, v.Name)
			}
		}
		fmt.Printf("%q failed: %v\n", input, failed)
	}

	calc := NewCalculator()
	calc.Do("add", 1, 2)
	calc.OnCalc = func(s string) { fmt.Println("callback:", s) }
	calc.Do("div", 1, 0)
	calc.Do("div", 9, 4)
	calc.Do("pow", 2, 3)
	fmt.Println(len(calc.history), calc.history[0])

	p := &Pipeline{}
	p.Use(strings.TrimSpace).Use(strings.ToUpper).Use(func(s string) string { return "<" + s + ">" })
	fmt.Println(p.Run("  hello pipeline  "))

	clicks := 0
	btn := Button{Label: "OK", OnClick: func() { clicks++ }}
	btn.OnClick()
	btn.OnClick()
	fmt.Println(btn.Label, "clicked", clicks, "times")

	var nilBtn Button
	fmt.Println(nilBtn.OnClick == nil)

	strategy := map[bool]func(int) int{
		true:  func(x int) int { return x / 2 },
		false: func(x int) int { return 3*x + 1 },
	}
	n, steps := 27, 0
	for n != 1 {
		n = strategy[n%2 == 0](n)
		steps++
	}
	fmt.Println("collatz steps:", steps)
	fmt.Printf("%T\n", strategy[true])
}
