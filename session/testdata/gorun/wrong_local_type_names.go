package main

import "fmt"

func describe(values ...any) {
	for _, v := range values {
		fmt.Printf("%T: %#v\n", v, v)
	}
}

func inventory() {
	type item struct {
		Name  string
		Count int
	}
	describe(item{"bolt", 12}, 3, "x")
}

func main() {
	inventory()
}
