package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type ReadWriter interface {
	Reader
	Writer
}

type BufRW struct {
	*bufio.Reader
	*bufio.Writer
}

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

func main() {
	var out bytes.Buffer
	rw := BufRW{bufio.NewReader(strings.NewReader("line one\nline two\n")), bufio.NewWriter(&out)}
	var x ReadWriter = rw
	_ = x
	line, _ := rw.ReadString('\n')
	rw.WriteString("got: " + line)
	rw.Flush()
	fmt.Print(out.String())

	cw := &countingWriter{Writer: &out}
	fmt.Fprintf(cw, "%s-%d", "abc", 12345)
	fmt.Println(cw.n, out.Len())

	var rwc io.ReadWriter = &out
	buf := make([]byte, 4)
	n, _ := rwc.Read(buf)
	fmt.Println(n, string(buf[:n]))
	data, _ := io.ReadAll(rwc)
	fmt.Printf("%q\n", data)
}
