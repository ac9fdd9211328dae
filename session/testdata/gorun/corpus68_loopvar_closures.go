package main

import (
	"fmt"
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

	words := []string{"alpha", "beta", "gamma"}
	var getters []func() string
	for idx, w := range words {
		getters = append(getters, func() string { return fmt.Sprintf("%d:%s", idx, w) })
	}
	for _, g := range getters {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// the body changes the variable; the change is visible to the closure of that iteration
	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i * 10 })
		i++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	results := make([]int, 4)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
