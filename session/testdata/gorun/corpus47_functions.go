package main

import "fmt"

func add(x, y int) int {
	return x + y
}

func swap(x, y string) (string, string) {
	return y, x
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	fmt.Println(add(42, 13))
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	fmt.Println(split(17))
	x, y := split(100)
	fmt.Printf("x=%d y=%d sum=%d\n", x, y, x+y)
	q, r := divmod(17, 5)
	fmt.Println("17 / 5 =", q, "remainder", r)
	_, onlyR := divmod(9, 4)
	fmt.Println(onlyR)
}
