package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, results chan<- string, id int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				results <- fmt.Sprintf("task %d recovered: %v", id, r)
			}
		}()
		f()
		results <- fmt.Sprintf("task %d ok", id)
	}()
}

type task struct {
	name string
	run  func() int
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 10)
	safeGo(&wg, results, 1, func() {})
	safeGo(&wg, results, 2, func() { panic("something bad") })
	safeGo(&wg, results, 3, func() {
		var arr []int
		_ = arr[3]
	})
	safeGo(&wg, results, 4, func() { panic(fmt.Errorf("wrapped %w", fmt.Errorf("inner"))) })
	wg.Wait()
	close(results)
	got := map[int]string{}
	for r := range results {
		var id int
		fmt.Sscanf(r, "task %d", &id)
		got[id] = r
	}
	for i := 1; i <= 4; i++ {
		fmt.Println(got[i])
	}

	tasks := []task{
		{"ok", func() int { return 1 }},
		{"div", func() int { z := 0; return 10 / z }},
		{"conv", func() int { var i any = "s"; return i.(int) }},
	}
	for _, t := range tasks {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Printf("%s: panic: %v\n", t.name, r)
				}
			}()
			fmt.Printf("%s: %d\n", t.name, t.run())
		}()
	}

	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		panic(fmt.Sprint("re-panic: ", r))
	}()
	panic("final")
}
