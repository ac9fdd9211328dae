package main

import "fmt"

func producer(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := range n {
			out <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return out
}

func main() {
	a := producer("a", 3)
	b := producer("b", 2)
	var got []string
	countA, countB, closed := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // disable this case
				closed++
				continue
			}
			got = append(got, v)
			countA++
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			got = append(got, v)
			countB++
		}
	}
	fmt.Println("received from a:", countA, "from b:", countB, "total:", len(got), "closed:", closed)

	// A nil channel is never ready; default runs.
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	case nilCh <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channel not ready")
	}

	// Enable sends only when there is something to send.
	queue := []int{1, 2, 3}
	out := make(chan int, 10)
	for len(queue) > 0 {
		var sendCh chan int
		var next int
		if len(queue) > 0 {
			sendCh = out
			next = queue[0]
		}
		select {
		case sendCh <- next:
			queue = queue[1:]
		}
	}
	close(out)
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Unbuffered channel: the send needs a receiver running concurrently.
	un := make(chan string)
	go func() { un <- "hello from goroutine" }()
	fmt.Println(<-un)

	buf := make(chan string, 1)
	buf <- "buffered send does not block"
	fmt.Println(<-buf)
}
