package main

import "fmt"

func producer(items []string, out chan<- string, done <-chan struct{}) {
	defer close(out)
	for _, it := range items {
		select {
		case out <- it:
		case <-done:
			return
		}
	}
}

func consumer(in <-chan string, finished chan<- int) {
	count := 0
	for it := range in {
		fmt.Println("consumed", it)
		count++
	}
	finished <- count
}

func main() {
	items := []string{"apple", "banana", "cherry", "date"}
	ch := make(chan string)
	done := make(chan struct{})
	finished := make(chan int)

	go producer(items, ch, done)
	go consumer(ch, finished)
	fmt.Println("total consumed:", <-finished)
	close(done)

	// Stop a producer early through the done channel.
	ch2 := make(chan string)
	done2 := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		producer([]string{"a", "b", "c", "d", "e"}, ch2, done2)
		close(stopped)
	}()
	fmt.Println("first:", <-ch2)
	fmt.Println("second:", <-ch2)
	close(done2)
	<-stopped
	_, open := <-ch2
	fmt.Println("channel open after stop:", open)
}
