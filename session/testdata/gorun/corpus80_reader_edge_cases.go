package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// eagerEOF returns the last bytes together with io.EOF.
type eagerEOF struct {
	data  []byte
	chunk int
}

func (e *eagerEOF) Read(p []byte) (int, error) {
	n := min(len(p), e.chunk, len(e.data))
	copy(p, e.data[:n])
	e.data = e.data[n:]
	if len(e.data) == 0 {
		return n, io.EOF
	}
	return n, nil
}

type errAfter struct {
	r    io.Reader
	left int
}

var errBroken = errors.New("broken pipe")

func (e *errAfter) Read(p []byte) (int, error) {
	if e.left <= 0 {
		return 0, errBroken
	}
	if len(p) > e.left {
		p = p[:e.left]
	}
	n, err := e.r.Read(p)
	e.left -= n
	return n, err
}

type limitedWriter struct {
	buf bytes.Buffer
	max int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	room := l.max - l.buf.Len()
	if room <= 0 {
		return 0, io.ErrShortWrite
	}
	if len(p) > room {
		l.buf.Write(p[:room])
		return room, io.ErrShortWrite
	}
	return l.buf.Write(p)
}

func main() {
	b, err := io.ReadAll(&eagerEOF{[]byte("hello world"), 4})
	fmt.Printf("%q %v\n", b, err)

	buf := make([]byte, 8)
	n, err := io.ReadFull(&eagerEOF{[]byte("abc"), 2}, buf)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadFull(&eagerEOF{[]byte("abcdefghij"), 3}, buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])

	br := bufio.NewReader(&eagerEOF{[]byte("l1\nl2\nlast"), 3})
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}

	var out bytes.Buffer
	c, err := io.Copy(&out, &errAfter{strings.NewReader("0123456789"), 6})
	fmt.Println(c, err, out.String())
	c, err = io.CopyN(&out, &eagerEOF{[]byte("xyz"), 1}, 5)
	fmt.Println(c, err, out.String())

	lw := &limitedWriter{max: 5}
	k, err := fmt.Fprintf(lw, "%s", "overflowing")
	fmt.Println(k, err, lw.buf.String())
	c, err = io.Copy(&limitedWriter{max: 3}, strings.NewReader("abcdef"))
	fmt.Println(c, err)
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	all, _ := io.ReadAll(io.MultiReader(sr, &eagerEOF{[]byte("!!"), 1}))
	fmt.Printf("%s\n", all)
}
