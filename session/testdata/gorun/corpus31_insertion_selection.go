// Insertion sort and selection sort
package main

import "fmt"

func insertionSort(a []int) []int {
	for i := 1; i < len(a); i++ {
		key := a[i]
		j := i - 1
		for j >= 0 && a[j] > key {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = key
	}
	return a
}

func selectionSort(a []int) {
	for i := 0; i < len(a)-1; i++ {
		minIdx := i
		for j := i + 1; j < len(a); j++ {
			if a[j] < a[minIdx] {
				minIdx = j
			}
		}
		if minIdx != i {
			a[i], a[minIdx] = a[minIdx], a[i]
		}
		fmt.Println("step", i, a)
	}
}

type Person struct {
	Name string
	Age  int
}

func insertionSortPeople(people []Person) {
	for i := 1; i < len(people); i++ {
		for j := i; j > 0 && people[j].Age < people[j-1].Age; j-- {
			people[j], people[j-1] = people[j-1], people[j]
		}
	}
}

func main() {
	data := []int{12, 11, 13, 5, 6, -3, 0}
	sorted := insertionSort(data)
	fmt.Println("insertion:", sorted)
	fmt.Println("same backing array:", &data[0] == &sorted[0])

	data2 := []int{29, 10, 14, 37, 13}
	selectionSort(data2)
	fmt.Println("selection:", data2)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}}
	insertionSortPeople(people)
	for _, p := range people {
		fmt.Printf("%+v\n", p)
	}
	fmt.Printf("%v\n", people)
	fmt.Printf("%T\n", people[0])
	fmt.Printf("%#v\n", people[0])
}
