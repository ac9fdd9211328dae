package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// Go 1.22: each iteration has its own i.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// The same for range loops.
	var names []func() string
	for _, n := range []string{"a", "b", "c"} {
		names = append(names, func() string { return n })
	}
	for _, f := range names {
		fmt.Print(f())
	}
	fmt.Println()

	// Modifying the loop variable inside the body still advances correctly.
	var got []int
	var ptrs []*int
	for i := 0; i < 6; i++ {
		ptrs = append(ptrs, &i)
		if i%2 == 0 {
			i++
		}
		got = append(got, i)
	}
	fmt.Println(got)
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Goroutines capture their own iteration's value.
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 5; i++ {
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

	// A variable declared outside the loop is shared.
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Defers in a loop see per-iteration values.
	func() {
		for k := 0; k < 3; k++ {
			defer func() { fmt.Print("defer ", k, "; ") }()
		}
	}()
	fmt.Println()

	// Closures that mutate a captured counter.
	makeCounter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	c1, c2 := makeCounter(), makeCounter()
	fmt.Println(c1(), c1(), c2(), c1())
}
