package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

type Frequency map[string]int

var wordRe = regexp.MustCompile(`[a-z0-9]+('[a-z]+)?`)

func WordCount(phrase string) Frequency {
	freq := Frequency{}
	for _, w := range wordRe.FindAllString(strings.ToLower(phrase), -1) {
		freq[w]++
	}
	return freq
}

func (f Frequency) Sorted() []string {
	keys := make([]string, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if f[keys[i]] != f[keys[j]] {
			return f[keys[i]] > f[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

func main() {
	phrases := []string{
		"word",
		"one of each",
		"one fish two fish red fish blue fish",
		"one,two,three",
		"car: carpet as java: javascript!!&@$%^&",
		"testing, 1, 2 testing",
		"Joe can't tell between 'large' and large.",
		" multiple   whitespaces\t\nGo go GO",
	}
	for _, p := range phrases {
		f := WordCount(p)
		fmt.Printf("%q:", p)
		for _, k := range f.Sorted() {
			fmt.Printf(" %s=%d", k, f[k])
		}
		fmt.Println()
	}
	total := Frequency{}
	for _, p := range phrases {
		for w, n := range WordCount(p) {
			total[w] += n
		}
	}
	top := total.Sorted()[:5]
	for i, w := range top {
		fmt.Printf("%d. %-8s %3d\n", i+1, w, total[w])
	}
	fmt.Println(len(total), total["fish"], total["missing"])
	fmt.Println(map[string]int(WordCount("b a c a")))
}
