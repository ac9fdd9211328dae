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
	fmt.Println("sent all jobs")
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
		ch := make(chan int)
		go func() {
			defer close(ch)
			for i := range n {
				ch <- i * i
			}
		}()
		return ch
	}
	total := 0
	for v := range gen(5) {
		total += v
	}
	fmt.Println("total", total)
	v, ok := <-queue
	fmt.Printf("%q %v\n", v, ok)
}
