package main

import (
	"bufio"
	"fmt"
	"strings"
)

const text = `The quick brown fox
jumps over   the lazy dog.
	Héllo, wörld!`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("line %d: %q\n", n, sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}

	words := bufio.NewScanner(strings.NewReader(text))
	words.Split(bufio.ScanWords)
	count := 0
	var longest string
	for words.Scan() {
		w := words.Text()
		count++
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("words:", count, "longest:", longest)

	runes := bufio.NewScanner(strings.NewReader("añb€"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%s(%d) ", runes.Text(), len(runes.Bytes()))
	}
	fmt.Println()

	// custom split: comma separated
	csv := bufio.NewScanner(strings.NewReader("1,22,333,,4444"))
	csv.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		if len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for csv.Scan() {
		fmt.Printf("[%s]", csv.Text())
	}
	fmt.Println()
}
