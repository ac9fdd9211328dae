package main

import (
	"fmt"
	"strings"
)

type T struct {
	name   string
	depth  int
	failed bool
}

func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{name: t.name + "/" + strings.ReplaceAll(name, " ", "_"), depth: t.depth + 1}
	f(sub)
	status := "PASS"
	if sub.failed {
		status = "FAIL"
		t.failed = true
	}
	fmt.Printf("%s--- %s: %s\n", strings.Repeat("    ", sub.depth-1), status, sub.name)
	return !sub.failed
}

func (t *T) Errorf(format string, args ...any) {
	t.failed = true
	fmt.Printf("%s%s\n", strings.Repeat("    ", t.depth), fmt.Sprintf(format, args...))
}

const defaultName = "World"

func Hello(name string) string {
	if name == "" {
		name = defaultName
	}
	return "Hello, " + name + "!"
}

func main() {
	root := &T{name: "TestHello"}
	root.Run("to a person", func(t *T) {
		if got, want := Hello("Chris"), "Hello, Chris!"; got != want {
			t.Errorf("got %q want %q", got, want)
		}
	})
	root.Run("empty string", func(t *T) {
		if got, want := Hello(""), "Hello, World!"; got != want {
			t.Errorf("got %q want %q", got, want)
		}
	})
	root.Run("nested", func(t *T) {
		for _, n := range []string{"A", "B"} {
			t.Run(n, func(t *T) {
				want := "Hello, " + n
				if got := Hello(n); got != want {
					t.Errorf("got %q want %q", got, want)
				}
			})
		}
	})
	fmt.Println("root failed:", root.failed)
}
