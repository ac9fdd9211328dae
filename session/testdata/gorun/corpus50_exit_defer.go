package main

import (
	"fmt"
	"os"
)

func check(err error) {
	if err != nil {
		fmt.Println("fatal:", err)
		os.Exit(2)
	}
}

func main() {
	defer fmt.Println("this deferred print never runs")
	fmt.Println("starting")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	_, err := os.Stat(os.TempDir())
	check(err)
	fmt.Println("temp dir exists")
	_, err = os.Stat("/no/such/path/c50")
	check(err)
	fmt.Println("unreachable")
}
