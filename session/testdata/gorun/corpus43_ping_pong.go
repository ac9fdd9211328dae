package main

import "fmt"

type Ball struct{ hits int }

// player receives on its own channel and passes the ball to the other,
// so the order of hits is fixed by the channels alone.
func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- string, limit int) {
	for ball := range in {
		ball.hits++
		fmt.Println(name, ball.hits)
		if ball.hits >= limit {
			done <- name
			return
		}
		out <- ball
	}
}

func main() {
	ping, pong := make(chan *Ball), make(chan *Ball)
	done := make(chan string)
	go player("ping", ping, pong, done, 7)
	go player("pong", pong, ping, done, 7)

	ping <- new(Ball)
	winner := <-done
	fmt.Println("last hit by:", winner)
	close(ping)
	close(pong)
}
