package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	in := strings.NewReader("HELO client\nMAIL FROM:<a@b>\nQUIT\n")
	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(in), bufio.NewWriter(&out))
	for {
		line, err := rw.ReadString('\n')
		if err != nil {
			break
		}
		cmd := strings.TrimSpace(line)
		verb, _, _ := strings.Cut(cmd, " ")
		switch verb {
		case "HELO":
			fmt.Fprintf(rw, "250 hello %s\n", strings.TrimPrefix(cmd, "HELO "))
		case "QUIT":
			rw.WriteString("221 bye\n")
		default:
			fmt.Fprintf(rw, "250 ok (%s)\n", verb)
		}
	}
	fmt.Println("buffered:", rw.Writer.Buffered(), "written so far:", out.Len())
	rw.Flush()
	fmt.Print(out.String())

	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	sc.Split(bufio.ScanWords)
	count := 0
	for sc.Scan() {
		count++
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(count)

	br := bufio.NewReaderSize(strings.NewReader("peek-a-boo!"), 16)
	p, _ := br.Peek(4)
	fmt.Printf("%s %d\n", p, br.Buffered())
	b, _ := br.ReadByte()
	br.UnreadByte()
	r, size, _ := br.ReadRune()
	fmt.Println(string(b), string(r), size)
	rest, err := br.ReadString('!')
	fmt.Printf("%q %v\n", rest, err)
	_, err = br.ReadByte()
	fmt.Println(err)

	sc2 := bufio.NewScanner(strings.NewReader("1,2,,3"))
	sc2.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc2.Scan() {
		fmt.Printf("%q ", sc2.Text())
	}
	fmt.Println()
	var small bytes.Buffer
	w := bufio.NewWriterSize(&small, 4)
	w.WriteString("ab")
	fmt.Println(w.Available(), small.Len())
	w.WriteString("cdef")
	fmt.Println(w.Buffered(), small.String())
	w.Flush()
	fmt.Println(small.String())
}
