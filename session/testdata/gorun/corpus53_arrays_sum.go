package main

import "fmt"

func SumArray(numbers [5]int) int {
	sum := 0
	for i := 0; i < 5; i++ {
		sum += numbers[i]
	}
	return sum
}

func Sum(numbers []int) int {
	sum := 0
	for _, number := range numbers {
		sum += number
	}
	return sum
}

func main() {
	numbers := [5]int{1, 2, 3, 4, 5}
	got := SumArray(numbers)
	want := 15
	fmt.Printf("got %d want %d given, %v\n", got, want, numbers)

	slice := []int{1, 2, 3}
	fmt.Printf("got %d given %v\n", Sum(slice), slice)

	empty := []int{}
	var nilSlice []int
	fmt.Println(Sum(empty), Sum(nilSlice), len(nilSlice), nilSlice == nil, empty == nil)

	arr := [...]int{10, 20, 30}
	fmt.Printf("%T %v %d\n", arr, arr, len(arr))
	copyOfArr := arr
	copyOfArr[0] = 99
	fmt.Println(arr, copyOfArr)

	s := arr[:]
	s[1] = 77
	fmt.Println(arr, s, Sum(s))

	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	total := 0
	for _, row := range grid {
		total += Sum(row[:])
	}
	fmt.Println("grid total", total, grid)
}
