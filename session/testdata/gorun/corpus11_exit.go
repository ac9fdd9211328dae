package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("!")
	fmt.Println("about to exit")
	os.Exit(3)
}
