package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	index int
	text  string
}

func process(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

func main() {
	inputs := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"go is fun",
		"channels are pipes",
		"share memory by communicating",
	}
	results := make([]string, len(inputs))
	jobs := make(chan job)
	var wg sync.WaitGroup

	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				// Each worker writes only its own index: no lock needed.
				results[j.index] = process(j.text)
			}
		}()
	}
	for i, s := range inputs {
		jobs <- job{i, s}
	}
	close(jobs)
	wg.Wait()

	for i, r := range results {
		fmt.Printf("%d: %q\n", i, r)
	}
}
