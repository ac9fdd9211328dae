package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

func lines(s string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		sc := bufio.NewScanner(strings.NewReader(s))
		for sc.Scan() {
			out <- sc.Text()
		}
	}()
	return out
}

func words(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for line := range in {
			for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
				out <- strings.ToLower(w)
			}
		}
	}()
	return out
}

func count(in <-chan string, workers int) map[string]int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	totals := map[string]int{}
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := map[string]int{}
			for w := range in {
				local[w]++
			}
			mu.Lock()
			for k, v := range local {
				totals[k] += v
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return totals
}

type pair struct {
	word string
	n    int
}

func main() {
	totals := count(words(lines(text)), 3)
	var pairs []pair
	for w, n := range totals {
		pairs = append(pairs, pair{w, n})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].n != pairs[j].n {
			return pairs[i].n > pairs[j].n
		}
		return pairs[i].word < pairs[j].word
	})
	for _, p := range pairs[:6] {
		fmt.Printf("%-8s %s\n", p.word, strings.Repeat("*", p.n))
	}
	fmt.Println("distinct:", len(pairs))

	squares := make(chan int)
	go func() {
		defer close(squares)
		for i := range 5 {
			squares <- i * i
		}
	}()
	sum := 0
	for v := range squares {
		sum += v
	}
	fmt.Println("sum of squares:", sum)
}
