package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func Greet(writer io.Writer, name string) {
	fmt.Fprintf(writer, "Hello, %s", name)
}

type countingWriter struct {
	w     io.Writer
	bytes int
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	n, err := c.w.Write(p)
	c.bytes += n
	return n, err
}

func main() {
	buffer := bytes.Buffer{}
	Greet(&buffer, "Chris")
	got := buffer.String()
	want := "Hello, Chris"
	if got != want {
		fmt.Printf("got %q want %q\n", got, want)
	} else {
		fmt.Printf("buffer holds %q\n", got)
	}

	Greet(os.Stdout, "Elodie")
	fmt.Println()

	var sb strings.Builder
	cw := &countingWriter{w: &sb}
	Greet(cw, "world")
	Greet(cw, "gopher")
	fmt.Println(sb.String(), cw.bytes, cw.calls)

	var buf bytes.Buffer
	mw := io.MultiWriter(&buf, os.Stdout)
	Greet(mw, "both")
	fmt.Println()
	fmt.Println("buf len", buf.Len())

	Greet(io.Discard, "nobody")
	buf.Reset()
	fmt.Fprintln(&buf, "line one")
	buf.WriteString("line two\n")
	io.Copy(os.Stdout, &buf)
}
