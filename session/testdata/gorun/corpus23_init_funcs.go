package main

import (
	"fmt"
	"strings"
)

var (
	home   = defaultHome()
	user   string
	order  []string
	lookup map[string]int
)

func defaultHome() string {
	order = append(order, "var home")
	return "/home/gopher"
}

func init() {
	order = append(order, "init 1")
	if user == "" {
		user = "gopher"
	}
}

func init() {
	order = append(order, "init 2")
	lookup = make(map[string]int)
	for i, w := range strings.Fields("alpha beta gamma") {
		lookup[w] = i
	}
}

var total = computeTotal()

func computeTotal() int {
	order = append(order, "var total")
	return 10 + len(home)
}

func main() {
	order = append(order, "main")
	fmt.Println(strings.Join(order, " -> "))
	fmt.Println(home, user, total)
	fmt.Println(lookup["beta"], len(lookup))
}
