package main

import (
	"fmt"
	"strings"
)

func describe(vals []interface{}) {
	for i, v := range vals {
		switch f := v.(type) {
		case func() string:
			fmt.Printf("%d: thunk -> %q\n", i, f())
		case func(int) int:
			fmt.Printf("%d: int func, f(7) = %d\n", i, f(7))
		case func(string) string:
			fmt.Printf("%d: string func, f(\"go\") = %q\n", i, f("go"))
		case fmt.Stringer:
			fmt.Printf("%d: stringer %s\n", i, f)
		case nil:
			fmt.Printf("%d: nil\n", i)
		default:
			fmt.Printf("%d: other %T\n", i, v)
		}
	}
}

type Op func(int) int

type named string

func (n named) String() string { return "named(" + string(n) + ")" }

func main() {
	vals := []interface{}{
		func() string { return "lazy" },
		func(x int) int { return x * x },
		strings.ToUpper,
		named("gopher"),
		nil,
		Op(func(x int) int { return -x }),
		42,
	}
	describe(vals)

	var anyFn any = func(a, b int) int { return a + b }
	if add, ok := anyFn.(func(int, int) int); ok {
		fmt.Println("add:", add(2, 3))
	}
	if _, ok := anyFn.(func(int) int); !ok {
		fmt.Println("not a unary func")
	}

	if op, ok := vals[5].(Op); ok {
		fmt.Println("Op:", op(9))
	}
	_, isPlain := vals[5].(func(int) int)
	fmt.Println("Op is plain func(int) int:", isPlain)
}
