package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	var r, c int
	found := false
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				r, c, found = i, j, true
				break outer
			}
		}
	}
	return r, c, found
}

func classify(n int) string {
	s := ""
	switch {
	case n > 100:
		s += "huge "
		fallthrough
	case n > 10:
		s += "big "
		fallthrough
	case n > 0:
		s += "positive"
	case n == 0:
		s = "zero"
	default:
		s = "negative"
	}
	return s
}

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func main() {
	grid := [][]int{{1, 2, 3}, {-1, 9, 9}, {4, 9, 6}}
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair(grid, 7))
	for _, n := range []int{500, 50, 5, 0, -5} {
		fmt.Printf("%d: %s\n", n, classify(n))
	}
	fmt.Println(gcd(48, 18))

	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("attempt", i)
		goto retry
	}

	count := 0
rows:
	for r := 0; r < 5; r++ {
		for c := 0; c < 5; c++ {
			switch {
			case c > r:
				continue rows
			case r == 4:
				break rows
			}
			count++
		}
	}
	fmt.Println("count", count)

	ch := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v > 5 {
				break recv
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)
	for range ch {
	}
	switch x := 2; x {
	case 1, 2:
		fmt.Println("one or two")
		if x == 2 {
			break
		}
		fmt.Println("unreached")
	case 3:
		fmt.Println("three")
	}
}
