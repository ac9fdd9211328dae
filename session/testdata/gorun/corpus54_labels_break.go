package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i
		}
		close(done)
	}()

	// break inside select leaves the select, not the loop.
	received := 0
	for received < 3 {
		select {
		case v := <-ch:
			received++
			if v == 2 {
				fmt.Println("break on 2 (select only)")
				break
			}
			fmt.Println("got", v)
		}
	}

	// A label breaks out of the loop.
loop:
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v)
		case <-done:
			fmt.Println("done")
			break loop
		}
	}

	// Labeled continue across nested loops.
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	// break in a switch inside a for with a label.
	n := 0
counting:
	for {
		switch {
		case n >= 4:
			break counting
		default:
			n++
		}
	}
	fmt.Println("n =", n)

	// goto.
	k := 0
again:
	if k < 3 {
		k++
		goto again
	}
	fmt.Println("k =", k)

	// Finding in a matrix with a labeled break.
	matrix := [][]int{{1, 2}, {3, 4}, {5, 6}}
	found := [2]int{-1, -1}
search:
	for r, row := range matrix {
		for c, v := range row {
			if v == 4 {
				found = [2]int{r, c}
				break search
			}
		}
	}
	fmt.Println("found at", found)
}
