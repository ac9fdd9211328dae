package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// commaSplit splits the input at commas, trimming spaces around each field.
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
	s := bufio.NewScanner(strings.NewReader("alpha, beta ,gamma,  delta"))
	s.Split(commaSplit)
	for s.Scan() {
		fmt.Printf("[%s]", s.Text())
	}
	fmt.Println()

	words := bufio.NewScanner(strings.NewReader("the quick  brown\n fox\tjumps"))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
	}
	fmt.Println("words:", n)

	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print(runes.Text(), "|")
	}
	fmt.Println()

	lines := bufio.NewScanner(strings.NewReader("line one\r\nline two\n\nlast"))
	for i := 1; lines.Scan(); i++ {
		fmt.Printf("%d: %q\n", i, lines.Text())
	}

	// A split func wrapping ScanWords that validates each token as a number.
	nums := bufio.NewScanner(strings.NewReader("1 2 3 x 5"))
	nums.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil {
			for _, c := range tok {
				if c < '0' || c > '9' {
					return 0, nil, fmt.Errorf("bad number %q", tok)
				}
			}
		}
		return adv, tok, err
	})
	for nums.Scan() {
		fmt.Print(nums.Text(), " ")
	}
	fmt.Println()
	fmt.Println("err:", nums.Err())

	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	small.Buffer(make([]byte, 10), 20)
	for small.Scan() {
	}
	fmt.Println("err:", small.Err())
}
