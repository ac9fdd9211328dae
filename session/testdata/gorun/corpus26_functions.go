package main

import "fmt"

func plus(a int, b int) int {
	return a + b
}

func plusPlus(a, b, c int) int {
	return a + b + c
}

func vals() (int, int) {
	return 3, 7
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(nums ...int) {
	fmt.Print(nums, " ")
	total := 0
	for _, num := range nums {
		total += num
	}
	fmt.Println(total)
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	res := plus(1, 2)
	fmt.Println("1+2 =", res)
	res = plusPlus(1, 2, 3)
	fmt.Println("1+2+3 =", res)

	a, b := vals()
	fmt.Println(a)
	fmt.Println(b)
	_, c := vals()
	fmt.Println(c)
	q, r := divmod(17, 5)
	fmt.Println(q, r)

	sum(1, 2)
	sum(1, 2, 3)
	nums := []int{1, 2, 3, 4}
	sum(nums...)
	sum()
	fmt.Println(join("-", "a", "b", "c"))
	fmt.Printf("%q\n", join(","))

	apply := func(f func(int, int) int, x, y int) int { return f(x, y) }
	fmt.Println(apply(plus, 4, 5))
	fmt.Printf("%T\n", plus)
}
