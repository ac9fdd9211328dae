package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

const input = `hello world
the quick brown fox
  spaces around  
last line without newline`

func main() {
	scanner := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for scanner.Scan() {
		n++
		ucl := strings.ToUpper(scanner.Text())
		fmt.Println(ucl)
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println("lines:", n)
	words := bufio.NewScanner(strings.NewReader(input))
	words.Split(bufio.ScanWords)
	count := map[int]int{}
	for words.Scan() {
		count[len(words.Text())]++
	}
	fmt.Println(count)
	r := bufio.NewReader(strings.NewReader("a,b;c,d;"))
	for {
		tok, err := r.ReadString(';')
		if err != nil {
			break
		}
		fmt.Printf("%q\n", tok)
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	w.Flush()
}
