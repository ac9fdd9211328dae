package main

import (
	"fmt"
	"strings"
)

func main() {
	tests := []struct {
		name string
		in   string
		fn   func(string) string
		want string
	}{
		{"upper", "go", strings.ToUpper, "GO"},
		{"reverse", "abc", func(s string) string {
			r := []rune(s)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r)
		}, "cba"},
		{"double", "ab", func(s string) string { return s + s }, "abab"},
		{"broken", "x", func(s string) string { return s }, "y"},
	}
	for _, tc := range tests {
		got := tc.fn(tc.in)
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%-8s %s got=%q want=%q\n", tc.name, status, got, tc.want)
	}

	config := struct {
		Host    string
		Port    int
		OnStart func() string
	}{
		Host: "localhost",
		Port: 8080,
	}
	config.OnStart = func() string { return fmt.Sprintf("listening on %s:%d", config.Host, config.Port) }
	fmt.Println(config.OnStart())

	pt := struct{ X, Y int }{3, 4}
	fmt.Printf("%v %+v\n", pt, pt)

	result := func(xs ...int) struct{ Min, Max int } {
		r := struct{ Min, Max int }{xs[0], xs[0]}
		for _, x := range xs[1:] {
			if x < r.Min {
				r.Min = x
			}
			if x > r.Max {
				r.Max = x
			}
		}
		return r
	}(5, 2, 9, -1, 7)
	fmt.Printf("%+v\n", result)
}
