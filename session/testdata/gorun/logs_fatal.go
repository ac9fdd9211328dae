package main

import (
	"fmt"
	"log"
	"log/slog"
	"os"
	"sync"
)

func main() {
	defer fmt.Println("deferred calls do not run after log.Fatal")
	log.SetFlags(0)
	log.SetPrefix("svc: ")
	logger := log.New(os.Stderr, "[worker] ", log.Lmsgprefix)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			logger.Printf("job %d", i)
		}()
		wg.Wait()
	}
	slog.Warn("disk low", "free", "3%")
	fmt.Println("about to fail")
	log.Fatalf("cannot %s: %v", "continue", os.ErrNotExist)
}
