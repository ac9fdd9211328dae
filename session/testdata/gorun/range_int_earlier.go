package main

import "fmt"

var rounds = 3

func main() {
	for i := range rounds {
		fmt.Println("round", i)
	}
}
