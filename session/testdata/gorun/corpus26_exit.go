package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("!")
	fmt.Println("exiting with 3")
	os.Exit(3)
}
