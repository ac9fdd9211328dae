package main

import "fmt"

func main() {
	jobs := make(chan int, 5)
	done := make(chan bool)

	go func() {
		for {
			j, more := <-jobs
			if more {
				fmt.Println("received job", j)
			} else {
				fmt.Println("received all jobs")
				done <- true
				return
			}
		}
	}()

	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	<-done

	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)

	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}

	gen := func(n int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for i := range n {
				out <- i * i
			}
		}()
		return out
	}
	sum := 0
	for v := range gen(5) {
		sum += v
	}
	fmt.Println("sum of squares:", sum)
}
