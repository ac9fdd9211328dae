// runtime.NumGoroutine counts main and the goroutines the program
// started, not the kernel's own.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	started := make(chan bool)
	release := make(chan struct{})
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			started <- true
			<-release
		}()
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println("three waiting:", runtime.NumGoroutine())
	close(release)
	wg.Wait()
}
