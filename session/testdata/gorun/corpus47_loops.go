package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println(sum)

	sum = 1
	for sum < 1000 {
		sum += sum
	}
	fmt.Println(sum)

	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)

	count := 0
	for {
		count++
		if count == 7 {
			break
		}
		if count%2 == 0 {
			continue
		}
		fmt.Print(count, " ")
	}
	fmt.Println()

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
}
