package main

import (
	"fmt"
	"strings"
)

func sayHello(names ...string) {
	for _, n := range names {
		fmt.Printf("Hello %s\n", n)
	}
}

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(del string, values ...string) string {
	var line string
	for i, v := range values {
		line = line + v
		if i != len(values)-1 {
			line = line + del
		}
	}
	return line
}

func describe(prefix string, args ...interface{}) {
	fmt.Println(prefix, len(args), args)
}

func mutate(vals ...int) {
	if len(vals) > 0 {
		vals[0] = -1
	}
}

func main() {
	sayHello()
	sayHello("Sammy")
	sayHello("Sammy", "Jessica", "Drew", "Jamie")

	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))

	fmt.Println(join(",", "Sammy", "Jessica", "Drew", "Jamie"))
	fmt.Println(join(",", "Sammy", "Jessica"))
	fmt.Println(join(","))
	fmt.Printf("%q\n", join(",", "only"))

	names := []string{"a", "b", "c"}
	fmt.Println(join("-", names...))
	fmt.Println(strings.Join(names, "+"))

	describe("none")
	describe("mixed", 1, "two", 3.0)
	var nilSlice []interface{}
	describe("nil spread", nilSlice...)

	mutate(nums...)
	fmt.Println(nums)

	all := append([]int{}, nums...)
	all = append(all, 4, 5)
	fmt.Println(all)
	fmt.Println(fmt.Sprint("a", 1, 2, "b"))
}
