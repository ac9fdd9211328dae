package main

import "fmt"

type Grade struct {
	Name  string
	Score int
}

func main() {
	fmt.Println(min(3, 1, 2), max(2.5, 1.0), min("b", "a"))
	scores := []int{72, 95, 61, 88}
	hi, lo := scores[0], scores[0]
	for _, s := range scores[1:] {
		hi = max(hi, s)
		lo = min(lo, s)
	}
	fmt.Println(hi, lo)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m))
	buf := []int{1, 2, 3}
	clear(buf)
	fmt.Println(buf)
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 2 {
		fmt.Println("tick")
	}
	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	g := Grade{"x", max(50, 70)}
	fmt.Printf("%+v\n", g)
}
