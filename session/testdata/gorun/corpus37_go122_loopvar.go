package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID   int
	Name string
}

func main() {
	var printers []func()
	for i := 0; i < 3; i++ {
		printers = append(printers, func() { fmt.Print(i, " ") })
	}
	for _, p := range printers {
		p()
	}
	fmt.Println()

	jobs := []Job{{1, "build"}, {2, "test"}, {3, "deploy"}}
	var ptrs []*Job
	for _, j := range jobs {
		ptrs = append(ptrs, &j)
	}
	for _, p := range ptrs {
		fmt.Print(p.Name, " ")
	}
	fmt.Println()

	var mu sync.Mutex
	var wg sync.WaitGroup
	var done []string
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			done = append(done, fmt.Sprintf("%d:%s", j.ID, j.Name))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(done)
	fmt.Println(done)

	// the body changes i; each iteration still gets its own copy
	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		i++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	handlers := map[string]func() string{}
	for _, name := range []string{"a", "b", "c"} {
		handlers[name] = func() string { return "handler " + name }
	}
	fmt.Println(handlers["a"](), handlers["c"]())
}
