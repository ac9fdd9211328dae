package main

import (
	"fmt"
	"reflect"
	"slices"
)

func Sum(numbers []int) int {
	sum := 0
	for _, n := range numbers {
		sum += n
	}
	return sum
}

func SumAll(numbersToSum ...[]int) []int {
	var sums []int
	for _, numbers := range numbersToSum {
		sums = append(sums, Sum(numbers))
	}
	return sums
}

func SumAllTails(numbersToSum ...[]int) []int {
	var sums []int
	for _, numbers := range numbersToSum {
		if len(numbers) == 0 {
			sums = append(sums, 0)
		} else {
			tail := numbers[1:]
			sums = append(sums, Sum(tail))
		}
	}
	return sums
}

func checkSums(name string, got, want []int) {
	if !reflect.DeepEqual(got, want) {
		fmt.Printf("%s: FAIL got %v want %v\n", name, got, want)
		return
	}
	fmt.Printf("%s: ok %v\n", name, got)
}

func main() {
	checkSums("SumAll", SumAll([]int{1, 2}, []int{0, 9}), []int{3, 9})
	checkSums("SumAllTails", SumAllTails([]int{1, 2}, []int{0, 9}), []int{2, 9})
	checkSums("empty tails", SumAllTails([]int{}, []int{3, 4, 5}), []int{0, 9})

	input := [][]int{{1, 1, 1}, {2, 2}, {}}
	fmt.Println(SumAll(input...))
	fmt.Println(SumAll() == nil, len(SumAll()))

	got := SumAllTails([]int{5, 6, 7})
	fmt.Println(slices.Equal(got, []int{13}))

	x := make([]int, 0, 2)
	fmt.Println(len(x), cap(x))
	x = append(x, 1, 2, 3)
	fmt.Println(len(x), cap(x) >= 3, x)
	y := x[1:3]
	fmt.Println(y, len(y))
	// reflect.DeepEqual is not type safe
	fmt.Println(reflect.DeepEqual([]int{1}, "1"))
}
