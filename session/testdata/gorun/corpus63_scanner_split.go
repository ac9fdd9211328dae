package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// commaSplit splits on commas, trimming spaces around each field.
func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func main() {
	text := "The quick brown fox\njumps over\n\nthe lazy dog.\n"

	lines := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("%2d: %q\n", n, lines.Text())
	}

	words := bufio.NewScanner(strings.NewReader(text))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words:", count)

	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	var rs []string
	for runes.Scan() {
		rs = append(rs, runes.Text())
	}
	fmt.Println(rs, len(rs))

	cs := bufio.NewScanner(strings.NewReader("alpha, beta ,gamma,, delta"))
	cs.Split(commaSplit)
	for cs.Scan() {
		fmt.Printf("[%s]", cs.Text())
	}
	fmt.Println()

	// A wrapping split func that counts tokens and validates them.
	nums := bufio.NewScanner(strings.NewReader("1 2 3 x 5"))
	split := func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil {
			for _, c := range tok {
				if c < '0' || c > '9' {
					return 0, nil, fmt.Errorf("bad token %q", tok)
				}
			}
		}
		return adv, tok, err
	}
	nums.Split(split)
	for nums.Scan() {
		fmt.Print(nums.Text(), " ")
	}
	fmt.Println("\nerr:", nums.Err())

	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	small.Buffer(make([]byte, 10), 20)
	for small.Scan() {
	}
	fmt.Println("err:", small.Err())
}
