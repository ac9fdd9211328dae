package main

import "fmt"

func sum(s []int, c chan int) {
	total := 0
	for _, v := range s {
		total += v
	}
	c <- total
}

func say(s string, done chan<- bool) {
	for i := 0; i < 3; i++ {
		fmt.Println(s, i)
	}
	done <- true
}

func main() {
	s := []int{7, 2, 8, -9, 4, 0}
	c := make(chan int)
	go sum(s[:len(s)/2], c)
	go sum(s[len(s)/2:], c)
	x, y := <-c, <-c
	if x > y {
		x, y = y, x
	}
	fmt.Println(x, y, x+y)

	done := make(chan bool)
	go say("world", done)
	<-done
	fmt.Println("hello")
}
