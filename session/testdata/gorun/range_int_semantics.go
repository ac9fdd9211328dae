package main

import "fmt"

func bound() int {
	fmt.Println("bound evaluated")
	return 3
}

func main() {
	for i := range bound() {
		i *= 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	var show []func()
	for i := range 3 {
		show = append(show, func() { fmt.Print(i) })
	}
	for _, f := range show {
		f()
	}
	fmt.Println()
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		if i > 6 {
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
rows:
	for r := range 4 {
		for c := range 4 {
			if c > r {
				continue rows
			}
			if r == 3 {
				break rows
			}
			fmt.Print(r, c, ";")
		}
	}
	fmt.Println()
	n := 3
	for i := range n {
		n = 0
		fmt.Print(i)
	}
	fmt.Println(" n", n)
}
