package main

import "fmt"

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan<- string, maxHits int) {
	for {
		ball, ok := <-table
		if !ok {
			return
		}
		ball.hits++
		fmt.Println(name, ball.hits)
		if ball.hits == maxHits {
			done <- name
			return
		}
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan string)
	go player("ping", table, done, 9)
	table <- new(Ball)
	go player("pong", table, done, 9)
	winner := <-done
	close(table)
	fmt.Println("last hit by", winner)

	// Unbuffered channels hand off in strict turns.
	turn := make(chan int)
	finished := make(chan struct{})
	go func() {
		for n := range turn {
			fmt.Println("  echo", n)
			if n == 3 {
				close(finished)
			}
		}
	}()
	for i := 1; i <= 3; i++ {
		turn <- i
	}
	close(turn)
	<-finished
}
