package main

import (
	"errors"
	"fmt"
)

func plus(a int, b int) int {
	return a + b
}

func plusPlus(a, b, c int) int {
	return a + b + c
}

func vals() (int, int) {
	return 3, 7
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q, r = a/b, a%b
	return
}

func sum(nums ...int) int {
	fmt.Print(nums, " ")
	total := 0
	for _, num := range nums {
		total += num
	}
	fmt.Println(total)
	return total
}

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func main() {
	fmt.Println("1+2 =", plus(1, 2))
	fmt.Println("1+2+3 =", plusPlus(1, 2, 3))
	a, b := vals()
	fmt.Println(a, b)
	_, c := vals()
	fmt.Println(c)
	fmt.Println(divmod(17, 5))
	q, r, err := divmod(1, 0)
	fmt.Println(q, r, err)
	sum(1, 2)
	sum(1, 2, 3)
	nums := []int{1, 2, 3, 4}
	sum(nums...)
	sum()
	fmt.Println(apply(plus, 4, 5), apply(func(x, y int) int { return x * y }, 4, 5))
	f := plusPlus
	fmt.Printf("%T %d\n", f, f(1, 1, 1))
}
