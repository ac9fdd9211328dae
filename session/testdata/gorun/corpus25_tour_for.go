package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println(sum)

	// Init and post statements are optional.
	sum = 1
	for sum < 1000 {
		sum += sum
	}
	fmt.Println(sum)

	total := 1
	for ; total < 100; total *= 3 {
	}
	fmt.Println(total)

	// "While" is spelled for.
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps:", steps)

	// Forever, with a break.
	count := 0
	for {
		count++
		if count == 5 {
			break
		}
	}
	fmt.Println(count)

	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		fmt.Print(i, " ")
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
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, "-", j, " ")
	}
	fmt.Println()
}
