package main

import (
	"fmt"
	"time"
)

func say(s string, delay time.Duration) {
	for i := 0; i < 2; i++ {
		time.Sleep(delay)
		fmt.Println(s, i)
	}
}

func worker(id int, done chan bool) {
	time.Sleep(time.Duration(id*150) * time.Millisecond)
	fmt.Printf("worker %d done\n", id)
	done <- true
}

func main() {
	go say("world", 200*time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	say("hello", 200*time.Millisecond)
	time.Sleep(200 * time.Millisecond)

	done := make(chan bool)
	for i := 3; i >= 1; i-- {
		go worker(i, done)
	}
	for i := 0; i < 3; i++ {
		<-done
	}

	go func() {
		fmt.Println("anonymous goroutine")
	}()
	time.Sleep(100 * time.Millisecond)

	for _, name := range []string{"c", "b", "a"} {
		d := time.Duration(len(name)) * 20 * time.Millisecond
		if name == "a" {
			d = 50 * time.Millisecond
		} else if name == "b" {
			d = 250 * time.Millisecond
		} else {
			d = 450 * time.Millisecond
		}
		go func() {
			time.Sleep(d)
			fmt.Println("letter", name)
		}()
	}
	time.Sleep(600 * time.Millisecond)
	fmt.Println("main done")
}
