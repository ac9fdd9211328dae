package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

var registry = map[string]func(string) string{}
var order []string

func register(name string, fn func(string) string) {
	registry[name] = fn
	order = append(order, name)
}

var home = lookupHome()

func lookupHome() string {
	order = append(order, "var home")
	return "/home/gopher"
}

func init() {
	order = append(order, "init 1")
	register("upper", strings.ToUpper)
}

func init() {
	order = append(order, "init 2")
	register("reverse", func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	})
}

var config struct {
	verbose bool
	level   int
}

func init() {
	order = append(order, "init 3")
	if home == "" {
		fmt.Fprintln(os.Stderr, "no home")
		os.Exit(1)
	}
	config.verbose = true
	config.level = len(registry)
}

func main() {
	order = append(order, "main")
	fmt.Println(strings.Join(order, " -> "))
	fmt.Printf("%+v\n", config)
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, registry[n]("gopher"))
	}
}
