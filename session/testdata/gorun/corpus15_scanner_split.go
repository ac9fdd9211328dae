package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
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
	sc := bufio.NewScanner(strings.NewReader("alpha, beta,gamma ,, delta"))
	sc.Split(commaSplit)
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%q %v\n", toks, sc.Err())

	input := "line one\nline two\r\n\nlast line without newline"
	ls := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for ls.Scan() {
		n++
		fmt.Printf("%d:%q\n", n, ls.Text())
	}

	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print(rs.Text(), "|")
	}
	fmt.Println()

	ws := bufio.NewScanner(strings.NewReader("  12 7 x 30 "))
	ws.Split(bufio.ScanWords)
	sum := 0
	for ws.Scan() {
		var v int
		if _, err := fmt.Sscan(ws.Text(), &v); err != nil {
			fmt.Println("skip", ws.Text(), err)
			continue
		}
		sum += v
	}
	fmt.Println("sum", sum)

	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	small.Buffer(make([]byte, 10), 20)
	for small.Scan() {
	}
	fmt.Println(small.Err())

	counter := 0
	wordsCounting := func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil {
			counter++
		}
		return adv, tok, err
	}
	cs := bufio.NewScanner(strings.NewReader("one two three four"))
	cs.Split(wordsCounting)
	for cs.Scan() {
	}
	fmt.Println(counter)
	r := bufio.NewReader(strings.NewReader("k1=v1;k2=v2;k3"))
	for {
		s, err := r.ReadString(';')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
}
