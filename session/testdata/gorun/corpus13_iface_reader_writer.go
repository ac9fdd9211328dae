package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w     io.Writer
	count int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.count += int64(n)
	return n, err
}

// upperReader upper-cases ASCII letters as they are read.
type upperReader struct {
	r io.Reader
}

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] >= 'a' && p[i] <= 'z' {
			p[i] -= 'a' - 'A'
		}
	}
	return n, err
}

type lineNumberWriter struct {
	w    io.Writer
	line int
	bol  bool
}

func newLineNumberWriter(w io.Writer) *lineNumberWriter {
	return &lineNumberWriter{w: w, bol: true}
}

func (l *lineNumberWriter) Write(p []byte) (int, error) {
	for _, b := range p {
		if l.bol {
			l.line++
			fmt.Fprintf(l.w, "%3d| ", l.line)
			l.bol = false
		}
		if _, err := l.w.Write([]byte{b}); err != nil {
			return 0, err
		}
		if b == '\n' {
			l.bol = true
		}
	}
	return len(p), nil
}

func main() {
	cw := &countingWriter{w: os.Stdout}
	fmt.Fprintf(cw, "hello %s\n", "writer")
	fmt.Fprintln(cw, "second line")
	fmt.Println("bytes written:", cw.count)

	data, _ := io.ReadAll(upperReader{strings.NewReader("make me loud")})
	fmt.Println(string(data))

	var buf bytes.Buffer
	tee := io.TeeReader(strings.NewReader("copied while read"), &buf)
	n, _ := io.Copy(io.Discard, tee)
	fmt.Println(n, buf.String())

	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b)
	io.WriteString(mw, "both")
	fmt.Println(a.String(), b.String())

	lw := newLineNumberWriter(os.Stdout)
	io.Copy(lw, strings.NewReader("first\nsecond\nthird\n"))

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), strings.NewReader("three"))
	sc := bufio.NewScanner(mr)
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
		fmt.Print(strings.TrimFunc(sc.Text(), unicode.IsSpace), "|")
	}
	fmt.Println(" words:", words)

	var w io.Writer = cw
	if _, ok := w.(io.StringWriter); ok {
		fmt.Println("countingWriter is a StringWriter")
	} else {
		fmt.Println("countingWriter is not a StringWriter")
	}
	var r io.Reader = &buf
	_, isWT := r.(io.WriterTo)
	fmt.Println("bytes.Buffer is a WriterTo:", isWT)
}
