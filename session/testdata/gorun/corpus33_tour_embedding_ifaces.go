// Interface embedding, io.Writer implementations and composition.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.n += n
	return n, err
}

type Logger struct {
	prefix string
	io.Writer
}

func (l Logger) Logf(format string, args ...any) {
	fmt.Fprintf(l, l.prefix+format+"\n", args...)
}

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")

	var w Writer = rw
	w.Write("three")
	if r, ok := w.(Reader); ok {
		fmt.Println("also a reader:", r.Read())
	}

	up := upperWriter{os.Stdout}
	fmt.Fprintln(up, "shouting through a writer")

	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "%d-%d", 10, 20)
	io.WriteString(cw, "!")
	fmt.Println(sb.String(), cw.n)

	lg := Logger{prefix: "[app] ", Writer: os.Stdout}
	lg.Logf("started with %d workers", 4)
	lg.Logf("%s", "ready")

	var buf bytes.Buffer
	mw := io.MultiWriter(&buf, upperWriter{os.Stdout})
	fmt.Fprintln(mw, "tee")
	fmt.Printf("%q\n", buf.String())

	data, _ := io.ReadAll(io.LimitReader(strings.NewReader("abcdefgh"), 5))
	fmt.Println(string(data))
	n, _ := io.Copy(os.Stdout, strings.NewReader("copied\n"))
	fmt.Println(n)
}
