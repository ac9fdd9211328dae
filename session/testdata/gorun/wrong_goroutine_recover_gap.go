package main

import (
	"fmt"
	"sync"
)

// A goroutine recovers a run-time error gogil cannot give Go's value of:
// the cell used to wait for ever on a wg.Done the interpreter skipped.
func main() {
	defer fmt.Println("main's deferred call")
	var wg sync.WaitGroup
	msgs := make([]string, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					msgs[i] = fmt.Sprint("recovered: ", r)
				}
			}()
			s := make([]int, i)
			msgs[i] = fmt.Sprint(s[i])
		}()
	}
	wg.Wait()
	fmt.Println(msgs[0])
	fmt.Println(msgs[1])
}
