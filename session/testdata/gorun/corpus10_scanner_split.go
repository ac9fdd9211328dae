package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// commaSplit is a bufio.SplitFunc that cuts the input at commas.
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
	text := "The Go programming language\nis an open source project\n\nto make programmers more productive."
	sc := bufio.NewScanner(strings.NewReader(text))
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("%d: %q\n", lines, sc.Text())
	}

	words := bufio.NewScanner(strings.NewReader(text))
	words.Split(bufio.ScanWords)
	count := 0
	longest := ""
	for words.Scan() {
		count++
		if w := words.Text(); len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("words:", count, "longest:", longest)

	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	var rs []string
	for runes.Scan() {
		rs = append(rs, runes.Text())
	}
	fmt.Println(rs, len(rs))

	csvish := bufio.NewScanner(strings.NewReader("red, green ,blue,,  yellow"))
	csvish.Split(commaSplit)
	for csvish.Scan() {
		fmt.Printf("[%s]", csvish.Text())
	}
	fmt.Println()

	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	small.Buffer(make([]byte, 10), 20)
	for small.Scan() {
		fmt.Println("token", small.Text())
	}
	fmt.Println("err:", small.Err())

	nums := bufio.NewScanner(strings.NewReader("12 7 x 30"))
	nums.Split(bufio.ScanWords)
	total := 0
	for nums.Scan() {
		var n int
		if _, err := fmt.Sscan(nums.Text(), &n); err != nil {
			fmt.Println("skip", nums.Text(), "-", err)
			continue
		}
		total += n
	}
	fmt.Println("total", total)
}
