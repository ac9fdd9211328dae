package main

import "fmt"

type level int8

func describe(n uint8) {
	for i := range n {
		fmt.Printf("%T=%d ", i, i)
	}
	fmt.Println()
}

func main() {
	describe(3)
	var big int64 = 2
	for i := range big {
		fmt.Printf("%T=%d ", i, i)
	}
	fmt.Println()
	const c uint16 = 2
	for i := range c {
		fmt.Printf("%T=%d ", i, i)
	}
	fmt.Println()
	for i := range level(3) {
		fmt.Printf("%d ", i*60)
	}
	fmt.Println()
	words := []string{"a", "b", "c"}
	for i := range len(words) {
		fmt.Print(words[len(words)-1-i])
	}
	fmt.Println()
	var last uint8
	for last = range 200 {
	}
	fmt.Println("last", last)
	var max uint8 = 255
	n := 0
	for range max {
		n++
	}
	fmt.Println("iterations", n)
}
