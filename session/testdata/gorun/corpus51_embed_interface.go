package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// countingWriter embeds an io.Writer and overrides nothing: it adds a method.
type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.n += n
	return n, err
}

type upperReader struct {
	io.Reader
}

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.Reader.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type ReadWriter interface {
	io.Reader
	io.Writer
}

type pipeish struct {
	*strings.Reader
	*bytes.Buffer
}

// Read is ambiguous between the two embedded types, so resolve it here.
func (p pipeish) Read(b []byte) (int, error) { return p.Reader.Read(b) }

func main() {
	var buf bytes.Buffer
	cw := &countingWriter{Writer: &buf}
	fmt.Fprintf(cw, "%d little %s\n", 3, "pigs")
	fmt.Fprintln(cw, "went to market")
	fmt.Print(buf.String())
	fmt.Println("bytes written:", cw.n)

	data, _ := io.ReadAll(upperReader{strings.NewReader("quiet words")})
	fmt.Println(string(data))

	var rw ReadWriter = pipeish{strings.NewReader("in"), new(bytes.Buffer)}
	io.WriteString(rw, "out")
	got, _ := io.ReadAll(rw)
	fmt.Printf("%s %s\n", got, rw.(pipeish).Buffer.String())

	var w io.Writer = cw
	if _, ok := w.(io.StringWriter); ok {
		fmt.Println("countingWriter is a StringWriter")
	} else {
		fmt.Println("countingWriter is not a StringWriter")
	}
}
