package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Counting down in steps.
	for i := 10; i > 0; i -= 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// A condition-only loop acts like while.
	n := 1
	for n < 100 {
		n *= 2
	}
	fmt.Println("n:", n)

	// Infinite loop with break.
	count := 0
	for {
		count++
		if count == 4 {
			break
		}
	}
	fmt.Println("count:", count)

	// continue skips the rest of the body.
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Range over a slice, a map with sorted output, and a string.
	sharks := []string{"hammerhead", "great white", "dogfish"}
	for i, s := range sharks {
		fmt.Println(i, s)
	}
	for i := range sharks {
		sharks[i] = "big " + sharks[i]
	}
	fmt.Println(sharks)
	total := 0
	for _, v := range []int{1, 2, 3, 4} {
		total += v
	}
	fmt.Println("total:", total)

	// Ranging over an integer (Go 1.22).
	for i := range 3 {
		fmt.Print("r", i, " ")
	}
	fmt.Println()

	// Nested loops with labels.
	numList := []int{1, 2, 3}
	alphaList := []string{"a", "b", "c"}
	for _, i := range numList {
		for _, a := range alphaList {
			fmt.Print(i, a, " ")
		}
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
			fmt.Printf("(%d,%d) ", i, j)
		}
	}
	fmt.Println()

	// Finding a pair with a labelled break.
	target := 9
	nums := []int{2, 4, 5, 7, 11}
	found := false
search:
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				fmt.Println("pair:", nums[i], nums[j])
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)

	// Loop variables are per iteration (Go 1.22).
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	// Ranging over a channel.
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v*10, " ")
	}
	fmt.Println()
}
