package main

import "fmt"

func drain(ch chan int) (n int) {
	count := 0
	var ok bool
	for {
		_, ok = <-ch
		if !ok {
			return count
		}
		count++
	}
}

func main() {
	// The blank of a two-value receive must not land in another variable.
	total := 100
	ch := make(chan int, 3)
	ch <- 7
	ch <- 8
	var ok bool
	_, ok = <-ch
	fmt.Println(total, ok, len(ch))

	flag := false
	var v int
	v, _ = <-ch
	fmt.Println(v, flag)

	close(ch)
	_, ok = <-ch
	fmt.Println(total, ok)
	_, _ = <-ch
	fmt.Println(total)

	work := make(chan int, 5)
	for i := range 4 {
		work <- i * 10
	}
	close(work)
	fmt.Println("drained", drain(work))

	type state struct{ open bool }
	st := state{}
	done := make(chan struct{}, 1)
	done <- struct{}{}
	_, st.open = <-done
	fmt.Println(st)
}
