package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

const input = `the quick brown fox
jumps over
the lazy dog
# a comment line

last line without newline`

func main() {
	scanner := bufio.NewScanner(strings.NewReader(input))

	lineNo := 0
	for scanner.Scan() {
		lineNo++
		line := scanner.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		ucl := strings.ToUpper(line)
		fmt.Printf("%2d: %s\n", lineNo, ucl)
	}

	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}

	words := bufio.NewScanner(strings.NewReader(input))
	words.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for words.Scan() {
		counts[words.Text()]++
		total++
	}
	fmt.Println("words:", total, "the:", counts["the"])

	r := bufio.NewReader(strings.NewReader("alpha\nbeta\n"))
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			break
		}
		fmt.Printf("%q\n", line)
	}

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.Flush()
}
