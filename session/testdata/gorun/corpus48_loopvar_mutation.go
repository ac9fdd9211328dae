package main

import (
	"fmt"
	"sync"
)

func main() {
	// The closure captures this iteration's i, and sees the body's change to it.
	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		i++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Closures in the condition and post statement.
	var checks []func() int
	for i := 0; func() bool { checks = append(checks, func() int { return i }); return i < 2 }(); i++ {
	}
	for _, c := range checks {
		fmt.Print(c(), " ")
	}
	fmt.Println()

	// Two variables declared by the loop, both per iteration.
	var pairs []func() string
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		pairs = append(pairs, func() string { return fmt.Sprint(i, ":", j) })
	}
	for _, p := range pairs {
		fmt.Print(p(), " ")
	}
	fmt.Println()

	// Goroutines writing into their own slot.
	out := make([]string, 4)
	var wg sync.WaitGroup
	for i, word := range []string{"w", "x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = fmt.Sprintf("%d%s", i, word)
		}()
	}
	wg.Wait()
	fmt.Println(out)

	// A closure that increments its own copy.
	var incs []func() int
	for i := range 3 {
		incs = append(incs, func() int { i += 10; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2]())
}
