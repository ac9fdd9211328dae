package main

import "fmt"

func main() {
	for i := 1; i <= 10; i++ {
		if i > 5 {
			break
		}
		fmt.Printf("%d ", i)
	}
	fmt.Println("\nline after for loop")

	for i := 1; i <= 10; i++ {
		if i%2 == 0 {
			continue
		}
		fmt.Printf("%d ", i)
	}
	fmt.Println()

	n := 5
outer:
	for i := 0; i < n; i++ {
		for j := 1; j <= i; j++ {
			fmt.Print("*")
			if i == 4 && j == 2 {
				break outer
			}
		}
		fmt.Println()
	}
	fmt.Println()

	i := 0
	for i <= 10 {
		fmt.Printf("%d ", i)
		i += 2
	}
	fmt.Println()

	for no, i := 10, 1; i <= 10 && no <= 19; i, no = i+1, no+1 {
		fmt.Printf("%d * %d = %d\n", no, i, no*i)
	}

	for k := range 3 {
		fmt.Println("range over int:", k)
	}

	count := 0
	for {
		count++
		if count == 4 {
			break
		}
	}
	fmt.Println("infinite loop stopped at", count)
}
