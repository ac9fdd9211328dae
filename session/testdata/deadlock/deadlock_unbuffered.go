package main

import "fmt"

func main() {
	buffered := make(chan string, 1)
	buffered <- "fits in the buffer"
	fmt.Println(<-buffered)

	defer fmt.Println("deferred: never printed, a fatal error runs no defer")
	unbuffered := make(chan string)
	fmt.Println("sending on an unbuffered channel with no receiver...")
	unbuffered <- "stuck"
	fmt.Println("unreachable")
}
