package main

import (
	"fmt"
	"time"
)

func server1(ch chan string) {
	ch <- "from server1"
}

func process(ch chan string, ready chan struct{}) {
	<-ready
	ch <- "process successful"
}

func main() {
	output1 := make(chan string, 1)
	go server1(output1)
	select {
	case s1 := <-output1:
		fmt.Println(s1)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}

	ch := make(chan string)
	ready := make(chan struct{})
	go process(ch, ready)
	polls := 0
	for {
		select {
		case v := <-ch:
			fmt.Println("received value:", v)
			fmt.Println("polled without value", polls > 0)
			goto after
		default:
			polls++
			if polls == 3 {
				close(ready)
			}
			time.Sleep(time.Millisecond)
		}
	}
after:
	var nilch chan string
	select {
	case v := <-nilch:
		fmt.Println("received", v)
	default:
		fmt.Println("no value received on nil channel")
	}

	tick := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			tick <- i
		}
		quit <- true
	}()
	for {
		select {
		case t := <-tick:
			fmt.Println("tick", t)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
