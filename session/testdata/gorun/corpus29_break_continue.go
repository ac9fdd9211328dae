package main

import "fmt"

func main() {
	for i := 0; i < 10; i++ {
		if i == 5 {
			fmt.Println("Breaking out of loop")
			break
		}
		fmt.Println("The value of i is", i)
	}
	fmt.Println("Exiting program")

	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	for outer := 0; outer < 5; outer++ {
		if outer == 3 {
			fmt.Println("Breaking out of outer loop")
			break
		}
		fmt.Println("The value of outer is", outer)
		for inner := 0; inner < 5; inner++ {
			if inner == 2 {
				fmt.Println("Breaking out of inner loop")
				break
			}
			fmt.Println("The value of inner is", inner)
		}
	}

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}

	found := -1
	nums := []int{4, 8, 15, 16, 23, 42}
search:
	for idx, n := range nums {
		switch {
		case n%5 == 0:
			found = idx
			break search
		}
	}
	fmt.Println("found at", found)

	count := 0
	for {
		count++
		if count < 3 {
			continue
		}
		break
	}
	fmt.Println("count", count)
}
