package main

import "fmt"

func printSlice(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func changeFirst(s []int) { s[0] = -1 }

func appendOne(s []int) []int { return append(s, 1) }

func main() {
	a := [5]int{76, 77, 78, 79, 80}
	var b []int = a[1:4]
	fmt.Println(b)
	b[0] = 100
	fmt.Println(a)

	darr := [...]int{57, 89, 90, 82, 100, 78, 67, 69, 59}
	dslice := darr[2:5]
	fmt.Println("array before", darr)
	for i := range dslice {
		dslice[i]++
	}
	fmt.Println("array after", darr)

	fruitarray := [...]string{"apple", "orange", "grape", "mango", "water melon", "pine apple", "chikoo"}
	fruitslice := fruitarray[1:3]
	fmt.Printf("length of slice %d capacity %d\n", len(fruitslice), cap(fruitslice))
	fruitslice = fruitslice[:cap(fruitslice)]
	fmt.Println("After re-slicing length is", len(fruitslice), "and capacity is", cap(fruitslice))

	var s []int
	printSlice("s", s)
	fmt.Println(s == nil)
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	printSlice("s", s)
	s = s[:0]
	printSlice("s", s)
	s = s[2:5]
	printSlice("s", s)

	cars := []string{"Ferrari", "Honda", "Ford"}
	fmt.Println("cars:", cars, "has old length", len(cars), "and capacity", cap(cars))
	cars = append(cars, "Toyota")
	fmt.Println("cars:", cars, "has new length", len(cars), "and capacity", cap(cars))

	veggies := []string{"potatoes", "tomatoes", "brinjal"}
	fruits := []string{"oranges", "apples"}
	food := append(veggies, fruits...)
	fmt.Println("food:", food)

	nos := []int{8, 7, 6}
	changeFirst(nos)
	fmt.Println(nos, appendOne(nos), nos)

	pls := [][]string{{"C", "C++"}, {"JavaScript"}, {"Go", "Rust"}}
	for _, v1 := range pls {
		for _, v2 := range v1 {
			fmt.Printf("%s ", v2)
		}
		fmt.Printf("\n")
	}

	countriesNeeded := func() []string {
		countries := []string{"USA", "Singapore", "Germany", "India", "Australia"}
		neededCountries := countries[:len(countries)-2]
		countriesCpy := make([]string, len(neededCountries))
		copy(countriesCpy, neededCountries)
		return countriesCpy
	}()
	fmt.Println(countriesNeeded)

	x := make([]int, 0, 5)
	y := append(x, 1, 2)
	z := append(x, 3)
	fmt.Println(y, z)
	big := make([]byte, 1025)
	big = append(big, 0)
	fmt.Println(len(big), cap(big) >= 1026)
	clone := append(a[:0:0], a[:]...)
	clone[0] = 0
	fmt.Println(a[0], clone[0])
	var arrOfSlices [2][]int
	arrOfSlices[1] = append(arrOfSlices[1], 5)
	fmt.Println(arrOfSlices, arrOfSlices[0] == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(b[5])
}
