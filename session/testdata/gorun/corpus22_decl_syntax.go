package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

type Middleware func(Handler) Handler
type Handler func(string) string

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func makeMultiplier(n int) func(int) int { return func(x int) int { return x * n } }

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string {
			return prefix + "(" + next(s) + ")"
		}
	}
}

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul"} {
		fmt.Println(name, ops[name](7, 3))
	}

	pos, neg := adder(), adder()
	for i := 0; i < 5; i++ {
		fmt.Println(pos(i), neg(-2*i))
	}

	f := compose(makeMultiplier(3), func(x int) int { return x + 1 }, makeMultiplier(2))
	fmt.Println(f(5))
	add := curry(func(a, b int) int { return a + b })
	add10 := add(10)
	fmt.Println(add10(5), add(1)(2))

	var h Handler = strings.ToUpper
	for _, m := range []Middleware{logging("a"), logging("b")} {
		h = m(h)
	}
	fmt.Println(h("go"))

	var fp func(func(int) int) func(int) int = func(g func(int) int) func(int) int {
		return func(x int) int { return g(g(x)) }
	}
	fmt.Println(fp(makeMultiplier(5))(2))

	var nilFunc func()
	fmt.Println(nilFunc == nil)
	fmt.Printf("%T\n", curry)
	fmt.Printf("%T\n", ops["add"])
	sb := strings.Builder{}
	write := sb.WriteString
	write("method ")
	write("value")
	fmt.Println(sb.String())
	upper := strings.Map
	fmt.Println(upper(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
	fns := [3]func() int{}
	for i := range fns {
		fns[i] = func() int { return i * i }
	}
	for _, g := range fns {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
