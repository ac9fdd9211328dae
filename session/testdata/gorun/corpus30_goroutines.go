package main

import (
	"fmt"
	"sync"
)

func hello(done chan bool) {
	fmt.Println("Hello world goroutine")
	done <- true
}

func numbers(out chan<- string) {
	for i := 1; i <= 5; i++ {
		out <- fmt.Sprintf("%d", i)
	}
	close(out)
}

func alphabets(out chan<- string) {
	for i := 'a'; i <= 'e'; i++ {
		out <- fmt.Sprintf("%c", i)
	}
	close(out)
}

func main() {
	done := make(chan bool)
	go hello(done)
	<-done
	fmt.Println("main function")

	nch := make(chan string)
	ach := make(chan string)
	go numbers(nch)
	go alphabets(ach)
	for n := range nch {
		a := <-ach
		fmt.Print(n, a, " ")
	}
	fmt.Println()

	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println("squares:", results)

	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)

	var wg2 sync.WaitGroup
	msgs := make([]string, 3)
	for i, name := range []string{"alpha", "beta", "gamma"} {
		wg2.Go(func() {
			msgs[i] = "hi " + name
		})
	}
	wg2.Wait()
	fmt.Println(msgs)
}
