package main

import (
	"fmt"
	"os"
	"sync"
)

func validate(id int) error {
	if id%4 == 3 {
		return fmt.Errorf("record %d: checksum mismatch", id)
	}
	return nil
}

func main() {
	ids := []int{1, 2, 3, 4, 5, 6, 7, 8}
	errs := make([]error, len(ids))
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = validate(id)
		}()
	}
	wg.Wait()

	failed := 0
	for i, err := range errs {
		if err != nil {
			fmt.Fprintln(os.Stderr, "error:", err)
			fmt.Println("failed:", ids[i])
			failed++
		}
	}
	fmt.Printf("%d of %d records failed\n", failed, len(ids))
	if failed > 0 {
		defer fmt.Println("deferred: not printed by os.Exit")
		os.Exit(1)
	}
	fmt.Println("all good")
}
