package main

import "fmt"

func drain(c chan int) (n int) {
loop:
	for {
		select {
		case <-c:
			n++
			continue
		default:
			break loop
		}
	}
	return n
}

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	fmt.Println("drained", drain(c))
	skipped := 0
	for i := 0; i < 4; i++ {
		select {
		case c <- i:
			continue
		default:
		}
		skipped++
	}
	fmt.Println("skipped", skipped, len(c))
	for {
		select {
		case v := <-c:
			fmt.Println("got", v)
		default:
			goto out
		}
	}
out:
	fmt.Println("out")
}
