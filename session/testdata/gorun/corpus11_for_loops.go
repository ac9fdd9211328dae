package main

import "fmt"

func main() {
	i := 1
	for i <= 3 {
		fmt.Println(i)
		i = i + 1
	}
	for j := 0; j < 3; j++ {
		fmt.Println("j", j)
	}
	for k := range 3 {
		fmt.Println("range", k)
	}
	for {
		fmt.Println("loop")
		break
	}
	for n := range 6 {
		if n%2 == 0 {
			continue
		}
		fmt.Println("odd", n)
	}
	sum := 0
	for a, b := 0, 10; a < b; a, b = a+1, b-1 {
		sum += b - a
	}
	fmt.Println("sum", sum)
	var n int64 = 4
	for i := range n {
		fmt.Printf("%T %d ", i, i)
	}
	fmt.Println()
outer:
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			if y == 2 {
				continue outer
			}
			if x == 2 {
				break outer
			}
			fmt.Print(x, y, " ")
		}
	}
	fmt.Println()
}
