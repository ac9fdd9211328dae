package main

import (
	"fmt"
	"strconv"
)

type shape interface{ area() float64 }

type square struct{ side float64 }

func (s square) area() float64 { return s.side * s.side }

func report(stock map[string]int, items []string) {
	for _, it := range items {
		n, ok := stock[it]
		fmt.Println(it, n, ok)
	}
}

func main() {
	report(map[string]int{"pen": 2}, []string{"pen", "ink", "pen", "cap"})
	last := 0
	for _, it := range []string{"pen", "ink"} {
		var found bool
		last, found = map[string]int{"pen": 9}[it]
		fmt.Println(last, found)
	}
	ages := map[string]int{"ann": 31, "bob": 0}
	age, ok := ages["ann"]
	fmt.Println(age, ok)
	_, found := ages["zed"]
	fmt.Println("zed found:", found)
	age, ok = ages["bob"]
	fmt.Println(age, ok)
	if a, ok := ages["ann"]; ok {
		fmt.Println("ann is", a)
	}

	ch := make(chan string, 2)
	ch <- "hello"
	close(ch)
	msg, open := <-ch
	fmt.Printf("%q %v\n", msg, open)
	msg, open = <-ch
	fmt.Printf("%q %v\n", msg, open)

	var s shape = square{3}
	sq, isSquare := s.(square)
	fmt.Println(sq.side, isSquare, sq.area())
	var v any = "text"
	n, isInt := v.(int)
	fmt.Println(n, isInt)

	total := 0
	for _, in := range []string{"4", "x", "38"} {
		k, err := strconv.Atoi(in)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		total += k
	}
	fmt.Println("total", total)

	switch k, err := strconv.Atoi("12"); {
	case err != nil:
		fmt.Println(err)
	default:
		fmt.Println("twelve", k)
	}

	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		results <- i * i
	}
	close(results)
	for {
		r, more := <-results
		if !more {
			break
		}
		fmt.Println("square", r)
	}
}
