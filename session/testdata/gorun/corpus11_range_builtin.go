package main

import "fmt"

func main() {
	nums := []int{2, 3, 4}
	sum := 0
	for _, num := range nums {
		sum += num
	}
	fmt.Println("sum:", sum)
	for i, num := range nums {
		if num == 3 {
			fmt.Println("index:", i)
		}
	}
	kvs := map[string]string{"a": "apple"}
	for k, v := range kvs {
		fmt.Printf("%s -> %s\n", k, v)
	}
	for k := range kvs {
		fmt.Println("key:", k)
	}
	for i, c := range "go€x" {
		fmt.Println(i, c, string(c))
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Println("chan", v)
	}
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	arr := [3]string{"x", "y", "z"}
	for i := range arr {
		arr[i] += "!"
	}
	fmt.Println(arr)
	for range 2 {
		fmt.Println("twice")
	}
	var ptr *[4]int
	for i := range ptr {
		fmt.Print(i)
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
}
