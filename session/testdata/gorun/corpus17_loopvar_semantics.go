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

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		defer func() { fmt.Print("d", i, " ") }()
	}

	words := []string{"x", "y", "z"}
	results := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = w + w
		}()
	}
	wg.Wait()
	fmt.Println(results)

	type item struct{ n int }
	items := []item{{1}, {2}, {3}}
	var refs []*item
	for _, it := range items {
		refs = append(refs, &it)
	}
	for _, r := range refs {
		r.n *= 10
	}
	fmt.Println(items, *refs[0], *refs[2])

	acc := []func() int{}
	for i := range 3 {
		j := i * 2
		acc = append(acc, func() int { return i + j })
	}
	for _, f := range acc {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
