package main

import (
	"encoding/json"
	"fmt"
)

func describe(args ...interface{}) string {
	return fmt.Sprintf("%d args %v nil=%v", len(args), args, args == nil)
}

func tags(name string, t ...string) string {
	b, _ := json.Marshal(t)
	return name + " " + string(b)
}

type Logger struct{ prefix string }

func (l Logger) Log(vals ...any) {
	fmt.Println(l.prefix, len(vals), vals)
}

func pair() (string, string) { return "x", "y" }

func main() {
	vals := []interface{}{1, "two", 3.0}
	fmt.Println(describe(vals))
	fmt.Println(describe(vals...))
	fmt.Println(describe())
	fmt.Println(describe(nil))
	var none []interface{}
	fmt.Println(describe(none))
	fmt.Println(tags("a"), tags("b", "x"), tags("c", []string{}...))
	fmt.Println(tags(pair()))

	l := Logger{"[log]"}
	l.Log(vals)
	l.Log()
	l.Log(vals...)

	sum := func(label string, xs ...int) string {
		t := 0
		for _, x := range xs {
			t += x
		}
		return fmt.Sprint(label, t, xs == nil)
	}
	fmt.Println(sum("none"), sum("some", 1, 2))
	nums := []int{4, 5}
	fmt.Println(sum("spread", nums...))
}
