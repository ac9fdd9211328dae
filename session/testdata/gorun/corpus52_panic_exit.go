package main

import (
	"fmt"
	"os"
)

type config struct{ port int }

func mustParse(port int) config {
	if port <= 0 {
		panic(fmt.Sprintf("invalid port %d", port))
	}
	return config{port}
}

func main() {
	defer fmt.Println("deferred in main runs before the crash report")
	c := mustParse(8080)
	fmt.Println("port", c.port)
	fmt.Fprintln(os.Stderr, "about to fail")
	mustParse(-1)
	fmt.Println("unreachable")
}
