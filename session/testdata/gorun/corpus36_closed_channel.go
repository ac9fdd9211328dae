package main

import (
	"fmt"
	"sync"
)

type msg struct {
	id   int
	body string
}

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	fmt.Println(len(ch))
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch, <-ch)

	sc := make(chan msg)
	close(sc)
	m, ok := <-sc
	fmt.Printf("%+v %v\n", m, ok)

	pc := make(chan *msg)
	close(pc)
	fmt.Println(<-pc == nil)

	func() {
		defer func() { fmt.Println("send on closed:", recover()) }()
		ch <- 3
	}()
	func() {
		defer func() { fmt.Println("double close:", recover()) }()
		close(ch)
	}()

	quit := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-quit
			results[id] = fmt.Sprint("worker ", id, " stopped")
		}(i)
	}
	close(quit) // broadcast
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	data := make(chan string, 5)
	for _, s := range []string{"a", "b", "c"} {
		data <- s
	}
	close(data)
	for s := range data {
		fmt.Print(s)
	}
	fmt.Println()
	_, ok = <-data
	fmt.Println("after range:", ok)

	var ro <-chan int = ch
	x, ok := <-ro
	fmt.Println(x, ok)
}
