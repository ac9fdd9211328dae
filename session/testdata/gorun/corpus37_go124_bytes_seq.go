package main

import (
	"bytes"
	"fmt"
)

type Record struct {
	Name  string
	Score int
}

func parseCSV(data []byte) ([]Record, error) {
	var recs []Record
	for line := range bytes.Lines(data) {
		line = bytes.TrimRight(line, "\n")
		if len(line) == 0 {
			continue
		}
		var fields [][]byte
		for f := range bytes.SplitSeq(line, []byte(",")) {
			fields = append(fields, bytes.TrimSpace(f))
		}
		if len(fields) != 2 {
			return recs, fmt.Errorf("bad line %q", line)
		}
		var score int
		if _, err := fmt.Sscan(string(fields[1]), &score); err != nil {
			return recs, err
		}
		recs = append(recs, Record{string(fields[0]), score})
	}
	return recs, nil
}

func main() {
	data := []byte("ann, 91\nben, 78\n\ncat, 85\n")
	recs, err := parseCSV(data)
	fmt.Println(recs, err)

	_, err = parseCSV([]byte("dan,1\neve\n"))
	fmt.Println("error:", err)

	words := 0
	for w := range bytes.FieldsSeq([]byte(" one  two\tthree ")) {
		words++
		fmt.Printf("%s;", w)
	}
	fmt.Println(words)

	for chunk := range bytes.FieldsFuncSeq([]byte("k1=v1&k2=v2"), func(r rune) bool { return r == '&' }) {
		k, v, _ := bytes.Cut(chunk, []byte("="))
		fmt.Printf("%s -> %s\n", k, v)
	}

	var buf bytes.Buffer
	buf.WriteString("hello, world")
	p, err := buf.Peek(5)
	fmt.Printf("%s %v %d\n", p, err, buf.Len())
}
