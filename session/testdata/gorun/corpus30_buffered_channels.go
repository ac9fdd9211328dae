package main

import (
	"fmt"
	"sync"
)

func write(ch chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
}

func process(i int, wg *sync.WaitGroup, out []string) {
	out[i] = fmt.Sprintf("goroutine %d done", i)
	wg.Done()
}

func main() {
	ch := make(chan string, 2)
	ch <- "naveen"
	ch <- "paul"
	fmt.Println(<-ch)
	fmt.Println(<-ch)

	ch2 := make(chan string, 3)
	ch2 <- "naveen"
	ch2 <- "paul"
	fmt.Println("capacity is", cap(ch2))
	fmt.Println("length is", len(ch2))
	fmt.Println("read value", <-ch2)
	fmt.Println("new length is", len(ch2))

	var wg sync.WaitGroup
	ich := make(chan int, 2)
	wg.Add(1)
	go write(ich, &wg)
	for v := range ich {
		fmt.Println("read value", v, "from ch")
	}
	wg.Wait()

	no := 3
	out := make([]string, no)
	var wg2 sync.WaitGroup
	for i := 0; i < no; i++ {
		wg2.Add(1)
		go process(i, &wg2, out)
	}
	wg2.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	fmt.Println("All go routines finished executing")
}
