package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

const input = `apple
banana
apple
cherry
banana
apple

cherry`

func countLines(sc *bufio.Scanner, counts map[string]int) {
	for sc.Scan() {
		counts[sc.Text()]++
	}
}

func main() {
	counts := make(map[string]int)
	countLines(bufio.NewScanner(strings.NewReader(input)), counts)
	var lines []string
	for line, n := range counts {
		if n > 1 {
			lines = append(lines, line)
		}
	}
	sort.Slice(lines, func(i, j int) bool {
		if counts[lines[i]] != counts[lines[j]] {
			return counts[lines[i]] > counts[lines[j]]
		}
		return lines[i] < lines[j]
	})
	for _, line := range lines {
		fmt.Printf("%d\t%q\n", counts[line], line)
	}
	words := bufio.NewScanner(strings.NewReader("the quick  brown\tfox the lazy dog the end"))
	words.Split(bufio.ScanWords)
	freq := map[string]int{}
	total := 0
	for words.Scan() {
		freq[words.Text()]++
		total++
	}
	fmt.Println(total, len(freq), freq["the"])
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", total)
	w.Flush()
	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print("[", runes.Text(), "]")
	}
	fmt.Println()
}
