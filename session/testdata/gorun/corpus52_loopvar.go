package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	values := []string{"a", "b", "c"}
	var mu sync.Mutex
	var seen []string
	var wg sync.WaitGroup
	for _, v := range values {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, v)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(seen)
	fmt.Println(seen)

	// the body's change to i carries over to the next iteration's copy
	var got []func() int
	for i := 0; i < 6; i++ {
		got = append(got, func() int { return i })
		i++
	}
	for _, g := range got {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
