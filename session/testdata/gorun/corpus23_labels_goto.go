package main

import "fmt"

func find(grid [][]int, target int) (int, int, bool) {
	var r, c int
Outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue Outer
			}
			if v == target {
				r, c = i, j
				break Outer
			}
		}
	}
	if grid[r][c] != target {
		return -1, -1, false
	}
	return r, c, true
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
	grid := [][]int{{1, -1, 7}, {3, 7, 9}, {7}}
	fmt.Println(find(grid, 7))
	fmt.Println(find(grid, 42))
	fmt.Println(gcd(84, 36))

	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("attempt", i)
		goto retry
	}

	n := 0
L:
	switch {
	case n < 10:
		for {
			n += 4
			if n > 6 {
				break L
			}
		}
	}
	fmt.Println("n =", n)

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
Loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break Loop
			}
			fmt.Println("got", v)
		}
	}
	goto end
end:
	fmt.Println("done")
}
