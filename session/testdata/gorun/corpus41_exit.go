package main

import (
	"fmt"
	"os"
)

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func main() {
	defer fmt.Println("!")
	defer cleanup("main")

	for i := range 3 {
		fmt.Println("step", i)
	}

	func() {
		defer fmt.Println("inner defer runs")
	}()

	fmt.Println("exiting with 3")
	os.Exit(3)
}
