package main

import "fmt"

func fill(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
}

func main() {
	send := make(chan<- int, 3)
	recv := make(<-chan string)
	fmt.Printf("%T %d %d %T %v\n", send, len(send), cap(send), recv, recv == nil)
	fill(send, 2)
	fmt.Println(len(send))

	both := make(chan int, 4)
	var out chan<- int = both
	fill(out, 4)
	close(both)
	for v := range both {
		fmt.Print(v, " ")
	}
	fmt.Println()
	dirs := []chan<- bool{make(chan<- bool, 1), make(chan bool, 2)}
	fmt.Println(cap(dirs[0]), cap(dirs[1]))
}
