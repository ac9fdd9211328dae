package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	hits map[string]int
}

func (c *Counter) Hit(k string) int {
	c.hits[k]++
	return c.hits[k]
}

func makeAccumulator() (add func(int), get func() int) {
	total := 0
	add = func(n int) { total += n }
	get = func() int { return total }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		defer func() { a, b = b, a+b }()
		return a
	}
}

type Op func(float64, float64) (float64, error)

var ops = map[string]Op{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, fmt.Errorf("divide %v by zero", a)
		}
		return a / b, nil
	},
}

func compose[T any](fs ...func(T) T) func(T) T {
	return func(x T) T {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	add, get := makeAccumulator()
	for i := range 5 {
		add(i)
	}
	fmt.Println(get())
	f := fibGen()
	for range 8 {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	c := &Counter{hits: map[string]int{}}
	hit := c.Hit
	hit("a")
	hit("a")
	fmt.Println(hit("b"), c.hits)
	keys := make([]string, 0)
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, err := ops[k](7, 0)
		fmt.Println(k, v, err)
	}
	pipeline := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(pipeline("  hello "))
	inc := compose(func(n int) int { return n + 1 }, func(n int) int { return n * 3 })
	fmt.Println(inc(1), compose[int]()(5))
	var handlers []func() string
	for _, name := range []string{"x", "y", "z"} {
		handlers = append(handlers, func() string { return name })
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("d", i, " ") }()
	}
	for _, h := range handlers {
		fmt.Print(h())
	}
	fmt.Println()
	x := 1
	show := func() { fmt.Println("x =", x) }
	x = 2
	show()
	if x := 5; x > 3 {
		show()
		fmt.Println("inner", x)
	}
	var memo func(int) int
	cache := map[int]int{}
	memo = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		cache[n] = memo(n-1) + memo(n-2)
		return cache[n]
	}
	fmt.Println(memo(60), len(cache))
}
