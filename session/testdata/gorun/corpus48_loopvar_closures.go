package main

import "fmt"

// Go 1.22 gives each iteration its own copy of the loop variable.
func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Println("closure saw", i) })
	}
	for _, p := range prints {
		p()
	}

	names := []string{"ann", "bob", "cy"}
	var greet []func() string
	for _, n := range names {
		greet = append(greet, func() string { return "hi " + n })
	}
	for _, g := range greet {
		fmt.Println(g())
	}
}
