package main

import (
	"errors"
	"fmt"
	"os"
)

func run(args []string) error {
	if len(args) < 2 {
		return errors.New("usage: tool <name>")
	}
	fmt.Println("hello,", args[1])
	return nil
}

func main() {
	defer fmt.Println("this deferred line never prints")
	if err := run([]string{"tool", "gopher"}); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	if err := run([]string{"tool"}); err != nil {
		fmt.Println("error:", err)
		os.Exit(3)
	}
	fmt.Println("unreachable")
}
