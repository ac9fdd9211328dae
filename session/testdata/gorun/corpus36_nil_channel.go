package main

import "fmt"

func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				fmt.Println("a closed")
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				fmt.Println("b closed")
				b = nil
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func gen(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	a := gen(1, 2, 3)
	// Drain a first so the output order is fixed.
	var got []int
	for v := range a {
		got = append(got, v)
	}
	fmt.Println("from a:", got)

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("received from nil channel?!", v)
	case nilCh <- 1:
		fmt.Println("sent to nil channel?!")
	default:
		fmt.Println("nil channel never ready")
	}

	closedA := make(chan int)
	close(closedA)
	res := merge(closedA, gen(10, 20))
	fmt.Println("merged:", res)

	fmt.Println(nilCh == nil, len(nilCh), cap(nilCh))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(nilCh)
	}()

	enable := false
	var maybe chan string
	if enable {
		maybe = make(chan string, 1)
	}
	ready := make(chan string, 1)
	ready <- "ready"
	select {
	case s := <-maybe:
		fmt.Println("maybe:", s)
	case s := <-ready:
		fmt.Println("ready:", s)
	}
}
