package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) (g string) {
	switch score / 10 {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
		fallthrough
	case 7:
		g += "C"
	default:
		g = "F"
	}
	return
}

func main() {
	for _, n := range []int{-2, 0, 3, 4} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(grade(95), grade(85), grade(72), grade(10))

outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	i := 0
loop:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()

	matrix := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	target := 5
	found := false
search:
	for r, row := range matrix {
		for c, v := range row {
			if v == target {
				fmt.Println("found at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)

	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		if x == 5 {
			break
		}
		fmt.Println("unreached")
	case x > 1:
		fmt.Println("medium")
	}

	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	for {
		n--
		if n < 3 {
			break
		}
	}
	fmt.Println(n)

	sel := make(chan int, 1)
	for k := 0; k < 3; k++ {
		select {
		case sel <- k:
			fmt.Println("sent", k)
		default:
			fmt.Println("full at", k, <-sel)
		}
	}
	switch v := any(3.5).(type) {
	case int, int64:
		fmt.Printf("integer %T\n", v)
	case float32, float64:
		fmt.Printf("float %T %v\n", v, v)
	}
}
