package main

import (
	"fmt"
	"strings"
)

func Reduce[A, B any](collection []A, f func(B, A) B, initialValue B) B {
	var result = initialValue
	for _, x := range collection {
		result = f(result, x)
	}
	return result
}

func Find[A any](items []A, predicate func(A) bool) (value A, found bool) {
	for _, v := range items {
		if predicate(v) {
			return v, true
		}
	}
	return
}

func Sum(numbers []int) int {
	add := func(acc, x int) int { return acc + x }
	return Reduce(numbers, add, 0)
}

func SumAllTails(numbers ...[]int) []int {
	sumTail := func(acc, x []int) []int {
		if len(x) == 0 {
			return append(acc, 0)
		}
		tail := x[1:]
		return append(acc, Sum(tail))
	}
	return Reduce(numbers, sumTail, []int{})
}

type Person struct {
	Name string
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	fmt.Println(SumAllTails([]int{1, 2}, []int{0, 9}, []int{}))

	multiply := func(x, y int) int { return x * y }
	fmt.Println(Reduce([]int{1, 2, 3}, multiply, 1))

	concatenate := func(x, y string) string { return x + y }
	fmt.Println(Reduce([]string{"a", "b", "c"}, concatenate, ""))

	lengths := Reduce([]string{"go", "gopher", "g"}, func(acc int, s string) int { return acc + len(s) }, 0)
	fmt.Println("total length", lengths)

	firstEven, found := Find([]int{1, 3, 5, 6, 7, 8}, func(x int) bool { return x%2 == 0 })
	fmt.Println(firstEven, found)

	people := []Person{{Name: "Kent Beck"}, {Name: "Martin Fowler"}, {Name: "Chris James"}}
	king, found := Find(people, func(p Person) bool { return strings.Contains(p.Name, "Chris") })
	fmt.Printf("%+v %v\n", king, found)
	none, found := Find(people, func(p Person) bool { return p.Name == "Nobody" })
	fmt.Printf("%+v %v\n", none, found)
}
