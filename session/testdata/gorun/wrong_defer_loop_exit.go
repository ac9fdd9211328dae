package main

import (
	"fmt"
	"os"
	"strings"
)

// A file that names os.Exit has its deferred calls guarded; a guarded
// call in a loop printed the last iteration's arguments each time.

func run() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	for _, s := range []string{"a", "b"} {
		switch s {
		case "a":
			defer fmt.Println("case", strings.ToUpper(s))
		default:
			defer fmt.Print("default ", s, "\n")
		}
	}
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	fmt.Println("x now", x)
}

func main() {
	run()
	defer fmt.Println("not printed: os.Exit runs no deferred call")
	for i := range 2 {
		defer fmt.Println("not printed either", i)
	}
	fmt.Println("exiting")
	os.Exit(4)
}
