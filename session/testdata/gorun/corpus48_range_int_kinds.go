package main

import "fmt"

const Rows = 3

type Level uint8

func main() {
	for i := range Rows {
		fmt.Printf("%d:%T ", i, i)
	}
	fmt.Println()
	var n64 int64 = 3
	for i := range n64 {
		fmt.Printf("%d:%T ", i, i)
	}
	fmt.Println()
	for l := range Level(3) {
		fmt.Printf("%d:%T ", l, l)
	}
	fmt.Println()
	s := []string{"a", "b", "c"}
	for i := range len(s) - 1 {
		fmt.Print(s[i], s[i+1], " ")
	}
	fmt.Println()
	var fns []func() int
	for i := range 3 {
		fns = append(fns, func() int { return i * i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var u uint = 0
	for range u {
		fmt.Println("never")
	}
	for i := range -2 {
		fmt.Println("never either", i)
	}
	limit := 4
	for i := range limit {
		limit = 1 // the range expression is evaluated once
		fmt.Print(i)
	}
	fmt.Println(" limit now", limit)
	var i int
	for i = range 3 {
	}
	fmt.Println("assigned form leaves", i)
}
