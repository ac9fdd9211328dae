package main

import "fmt"

func main() {
	jobs := make(chan int, 5)
	done := make(chan bool)
	got := make(chan string, 10)
	go func() {
		for {
			j, more := <-jobs
			if more {
				got <- fmt.Sprint("received job ", j)
			} else {
				got <- "received all jobs"
				done <- true
				return
			}
		}
	}()
	for j := 1; j <= 3; j++ {
		jobs <- j
		fmt.Println("sent job", j)
	}
	close(jobs)
	fmt.Println("sent all jobs")
	<-done
	close(got)
	for s := range got {
		fmt.Println(s)
	}
	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)
	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}
	v, ok := <-queue
	fmt.Printf("%q %v\n", v, ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		queue <- "three"
	}()
}
