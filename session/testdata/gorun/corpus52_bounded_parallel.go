package main

import (
	"crypto/md5"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	path string
	sum  [md5.Size]byte
}

func digester(done <-chan struct{}, paths <-chan string, c chan<- result) {
	for p := range paths {
		data := []byte("contents of " + p)
		select {
		case c <- result{p, md5.Sum(data)}:
		case <-done:
			return
		}
	}
}

func main() {
	files := []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt"}
	done := make(chan struct{})
	defer close(done)

	paths := make(chan string)
	go func() {
		defer close(paths)
		for _, f := range files {
			paths <- f
		}
	}()

	c := make(chan result)
	var wg sync.WaitGroup
	const numDigesters = 3
	wg.Add(numDigesters)
	for i := 0; i < numDigesters; i++ {
		go func() {
			digester(done, paths, c)
			wg.Done()
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()

	m := make(map[string][md5.Size]byte)
	for r := range c {
		m[r.path] = r.sum
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%x  %s\n", m[k], k)
	}
}
