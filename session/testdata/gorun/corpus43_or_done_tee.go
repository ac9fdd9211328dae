package main

import (
	"fmt"
	"sort"
)

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func tee(done <-chan struct{}, in <-chan int) (<-chan int, <-chan int) {
	out1, out2 := make(chan int), make(chan int)
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range orDone(done, in) {
			o1, o2 := out1, out2
			for i := 0; i < 2; i++ {
				select {
				case o1 <- v:
					o1 = nil
				case o2 <- v:
					o2 = nil
				}
			}
		}
	}()
	return out1, out2
}

func take(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 1; i <= n; i++ {
			c <- i * 11
		}
	}()
	return c
}

func main() {
	done := make(chan struct{})
	defer close(done)

	a, b := tee(done, take(4))
	var got []string
	for i := 0; i < 4; i++ {
		x, y := <-a, <-b
		got = append(got, fmt.Sprintf("a=%d b=%d", x, y))
	}
	sort.Strings(got)
	for _, g := range got {
		fmt.Println(g)
	}
	_, okA := <-a
	_, okB := <-b
	fmt.Println("closed:", !okA, !okB)
}
