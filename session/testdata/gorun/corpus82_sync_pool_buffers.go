package main

import (
	"bytes"
	"fmt"
	"sync"
)

var bufPool = sync.Pool{
	New: func() any {
		return new(bytes.Buffer)
	},
}

func render(name string, n int) string {
	b := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(b)
	b.Reset()
	for i := 0; i < n; i++ {
		fmt.Fprintf(b, "%s-%d;", name, i)
	}
	return b.String()
}

func main() {
	fmt.Println(render("a", 3))
	fmt.Println(render("b", 2))
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = render(fmt.Sprint("g", i), i)
		}()
	}
	wg.Wait()
	for i, r := range results {
		fmt.Printf("%d %q\n", i, r)
	}
}
