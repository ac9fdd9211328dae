package main

import "fmt"

func fibonacci(n int, c chan int) {
	x, y := 0, 1
	for i := 0; i < n; i++ {
		c <- x
		x, y = y, x+y
	}
	close(c)
}

func squares(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	c := make(chan int, 10)
	go fibonacci(cap(c), c)
	for i := range c {
		fmt.Println(i)
	}
	_, ok := <-c
	fmt.Println("open:", ok)

	total := 0
	for sq := range squares(5) {
		total += sq
	}
	fmt.Println("sum of squares:", total)

	words := make(chan string)
	go func() {
		for _, w := range []string{"range", "over", "a", "channel"} {
			words <- w
		}
		close(words)
	}()
	for {
		w, ok := <-words
		if !ok {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
}
