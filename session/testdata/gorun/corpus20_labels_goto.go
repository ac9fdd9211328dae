package main

import "fmt"

func main() {
	grid := [][]int{
		{1, 2, 3},
		{4, 5, 6},
		{7, 8, 9},
	}
	target := 5
	found := false
outer:
	for r, row := range grid {
		for c, v := range row {
			if v == target {
				fmt.Println("found at", r, c)
				found = true
				break outer
			}
		}
	}
	fmt.Println("found:", found)

	count := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			if v%2 == 0 {
				continue rows
			}
			count++
		}
	}
	fmt.Println("odd prefix count:", count)

	i := 0
loop:
	if i < 4 {
		fmt.Print("i=", i, " ")
		i++
		goto loop
	}
	fmt.Println()

	n := 0
	for {
		n++
		switch {
		case n%3 == 0:
			fmt.Println("fizz at", n)
			if n > 6 {
				goto end
			}
		}
	}
end:
	fmt.Println("end, n =", n)

	var sum int
sw:
	for k := 0; k < 10; k++ {
		switch k {
		case 2:
			continue
		case 5:
			break sw
		}
		sum += k
	}
	fmt.Println("sum:", sum)
}
