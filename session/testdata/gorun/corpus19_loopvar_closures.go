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

	var ptrs []*string
	for _, s := range []string{"a", "b", "c"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p)
	}
	fmt.Println()

	var mu sync.Mutex
	var wg sync.WaitGroup
	var seen []int
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	// Modifying the loop variable inside the body still affects the loop.
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
