package main

import (
	"errors"
	"fmt"
)

type Work struct {
	name string
	n    int
}

func do(w *Work) {
	if w.n == 0 {
		panic("zero work for " + w.name)
	}
	if w.n < 0 {
		var m map[string]int
		m["x"] = 1
	}
	fmt.Println("did", w.name, 100/w.n)
}

func safelyDo(work *Work) {
	defer func() {
		if err := recover(); err != nil {
			fmt.Println("work failed:", err)
		}
	}()
	do(work)
}

func server(workChan <-chan *Work, done chan<- bool) {
	for work := range workChan {
		safelyDo(work)
	}
	done <- true
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	ch := make(chan *Work)
	done := make(chan bool)
	go server(ch, done)
	for _, w := range []*Work{{"a", 5}, {"b", 0}, {"c", -1}, {"d", 20}} {
		ch <- w
	}
	close(ch)
	<-done
	fmt.Println(divide(10, 3))
	fmt.Println(divide(1, 0))
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, errors.Is(err, errors.ErrUnsupported), r)
		}()
		panic(fmt.Errorf("wrap: %w", errors.ErrUnsupported))
	}()
}
