package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type CountingWriter struct {
	W     io.Writer
	N     int64
	Calls int
}

func (cw *CountingWriter) Write(p []byte) (int, error) {
	n, err := cw.W.Write(p)
	cw.N += int64(n)
	cw.Calls++
	return n, err
}

type CountingReader struct {
	io.Reader
	N int64
}

func (cr *CountingReader) Read(p []byte) (int, error) {
	n, err := cr.Reader.Read(p)
	cr.N += int64(n)
	return n, err
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	cw := &CountingWriter{W: os.Stdout}
	fmt.Fprintln(cw, "hello, decorated world")
	fmt.Fprintf(cw, "%d + %d = %d\n", 2, 3, 5)
	fmt.Println("bytes:", cw.N, "calls:", cw.Calls)

	var buf bytes.Buffer
	stack := &CountingWriter{W: upperWriter{&buf}}
	io.WriteString(stack, "shout this\n")
	io.WriteString(stack, "and this\n")
	fmt.Print(buf.String())
	fmt.Println("stacked bytes:", stack.N)

	cr := &CountingReader{Reader: strings.NewReader("the quick brown fox jumps over the lazy dog")}
	data, err := io.ReadAll(cr)
	fmt.Println(len(data), cr.N, err)

	lr := io.LimitReader(&CountingReader{Reader: strings.NewReader("abcdefghij")}, 4)
	b, _ := io.ReadAll(lr)
	fmt.Printf("%q\n", b)

	tee := &CountingWriter{W: io.Discard}
	r := io.TeeReader(strings.NewReader("teed data"), tee)
	io.Copy(io.Discard, r)
	fmt.Println("tee saw", tee.N, "bytes")
}
