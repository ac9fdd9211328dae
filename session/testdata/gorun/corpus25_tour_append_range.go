package main

import "fmt"

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

var pow = []int{1, 2, 4, 8, 16, 32, 64, 128}

func main() {
	var s []int
	printSlice(s)
	s = append(s, 0)
	printSlice(s)
	s = append(s, 1)
	printSlice(s)
	s = append(s, 2, 3, 4)
	fmt.Println(len(s), s)
	more := []int{5, 6}
	s = append(s, more...)
	fmt.Println(s)

	for i, v := range pow {
		fmt.Printf("2**%d = %d\n", i, v)
	}

	// Skipping the index or the value.
	p := make([]int, 10)
	for i := range p {
		p[i] = 1 << uint(i) // == 2**i
	}
	for _, value := range p {
		fmt.Printf("%d ", value)
	}
	fmt.Println()
	for i, _ := range p[:3] {
		fmt.Print(i)
	}
	fmt.Println()
	total := 0
	for range p {
		total++
	}
	fmt.Println("items:", total)
	for i, r := range "héllo" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	bs := []byte("ab")
	bs = append(bs, "cd"...)
	fmt.Println(string(bs))
}
