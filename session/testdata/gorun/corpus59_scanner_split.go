package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

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
	text := "first line\nsecond line\n\nfourth line"
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println("err:", err)
	}

	ws := bufio.NewScanner(strings.NewReader("the cat sat on the mat"))
	ws.Split(bufio.ScanWords)
	counts := map[string]int{}
	var order []string
	for ws.Scan() {
		w := ws.Text()
		if counts[w] == 0 {
			order = append(order, w)
		}
		counts[w]++
	}
	for _, w := range order {
		fmt.Println(w, counts[w])
	}

	cs := bufio.NewScanner(strings.NewReader("apple, banana ,cherry,  date"))
	cs.Split(commaSplit)
	for cs.Scan() {
		fmt.Printf("<%s>", cs.Text())
	}
	fmt.Println()

	rs := bufio.NewScanner(strings.NewReader("héj"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), "|")
	}
	fmt.Println()

	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	small.Buffer(make([]byte, 10), 20)
	for small.Scan() {
		fmt.Println("token", small.Text())
	}
	fmt.Println("err:", small.Err())
}
