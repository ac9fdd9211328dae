package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

type FreqMap map[rune]int

func Frequency(text string) FreqMap {
	m := FreqMap{}
	for _, r := range text {
		if unicode.IsLetter(r) {
			m[unicode.ToLower(r)]++
		}
	}
	return m
}

func ConcurrentFrequency(texts []string) FreqMap {
	results := make(chan FreqMap, len(texts))
	var wg sync.WaitGroup
	for _, t := range texts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- Frequency(t)
		}()
	}
	wg.Wait()
	close(results)
	total := FreqMap{}
	for m := range results {
		for r, n := range m {
			total[r] += n
		}
	}
	return total
}

func (m FreqMap) String() string {
	keys := make([]rune, 0, len(m))
	for r := range m {
		keys = append(keys, r)
	}
	slices.Sort(keys)
	var sb strings.Builder
	for i, r := range keys {
		if i > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprintf(&sb, "%c:%d", r, m[r])
	}
	return sb.String()
}

func main() {
	texts := []string{
		"Freude schöner Götterfunken",
		"Tochter aus Elysium,",
		"Wir betreten feuertrunken,",
		"Himmlische, dein Heiligtum!",
	}
	seq := FreqMap{}
	for _, t := range texts {
		for r, n := range Frequency(t) {
			seq[r] += n
		}
	}
	par := ConcurrentFrequency(texts)
	fmt.Println(par)
	fmt.Println(len(par), par['e'], par['ö'], seq.String() == par.String())
	for i := range 3 {
		fmt.Printf("%d: %v\n", i, Frequency(texts[i])['t'])
	}
	fmt.Println(ConcurrentFrequency(nil), len(ConcurrentFrequency([]string{"", "123"})))
}
