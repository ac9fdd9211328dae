package main

import (
	"fmt"
	"sort"
	"sync"
)

type Task struct {
	Name string
	Cost int
}

func main() {
	// Each iteration has its own i (Go 1.22).
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	// The body's change to i is seen by the next iteration's copy.
	var seen []func() int
	for i := 0; i < 10; i++ {
		seen = append(seen, func() int { return i })
		i += 2
	}
	for _, f := range seen {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Pointers to the loop variable differ per iteration.
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])

	tasks := []Task{{"fetch", 3}, {"parse", 5}, {"store", 2}}
	handlers := map[string]func() string{}
	for _, t := range tasks {
		handlers[t.Name] = func() string { return fmt.Sprintf("%s costs %d", t.Name, t.Cost) }
	}
	fmt.Println(handlers["fetch"](), "/", handlers["store"]())

	// Goroutines each see their own loop values.
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := []string{}
	for i, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			results = append(results, fmt.Sprintf("%d:%s", i, t.Name))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(results)
	fmt.Println(results)

	out := make([]int, 5)
	for n := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[n] = n * n
		}()
	}
	wg.Wait()
	fmt.Println(out)

	// Deferred closures in a loop run in reverse with their own values.
	func() {
		for _, s := range []string{"a", "b", "c"} {
			defer func() { fmt.Print(s) }()
		}
	}()
	fmt.Println()

	counter := 0
	incs := []func(){}
	for range 4 {
		incs = append(incs, func() { counter++ })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println("counter", counter)

	var labels [3]func() string
	for i, word := range [...]string{"x", "y", "z"} {
		labels[i] = func() string { return fmt.Sprint(i, word) }
	}
	fmt.Println(labels[0](), labels[1](), labels[2]())
}
