package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

const input = `alpha 1
beta 2

gamma 3
`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if line == "" {
			continue
		}
		fmt.Printf("%d: %s\n", lineNo, strings.ToUpper(line))
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	words := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words:", count)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.Flush()
	r := bufio.NewReader(strings.NewReader("first line\nsecond"))
	l, _ := r.ReadString('\n')
	fmt.Printf("%q\n", l)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
}
