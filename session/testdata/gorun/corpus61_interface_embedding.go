package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type Queue struct {
	items []string
}

func (q *Queue) Write(s string) { q.items = append(q.items, s) }
func (q *Queue) Read() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, true
}

func drain(r Reader) []string {
	var out []string
	for {
		s, ok := r.Read()
		if !ok {
			return out
		}
		out = append(out, s)
	}
}

// upperWriter wraps any io.Writer.
type upperWriter struct {
	w io.Writer
}

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	var rw ReadWriter = &Queue{}
	rw.Write("alpha")
	rw.Write("beta")
	rw.Write("gamma")
	var w Writer = rw
	w.Write("delta")
	fmt.Println(drain(rw))
	fmt.Println(drain(rw) == nil)

	var sb strings.Builder
	var iw io.Writer = upperWriter{&sb}
	fmt.Fprintf(iw, "hello %s, you are %d\n", "gopher", 13)
	io.WriteString(iw, "done")
	fmt.Println(sb.String())

	var r io.Reader = strings.NewReader("some text")
	if _, ok := r.(io.WriterTo); ok {
		fmt.Println("strings.Reader implements io.WriterTo")
	}
	if _, ok := r.(io.ReadWriter); !ok {
		fmt.Println("but not io.ReadWriter")
	}
	var rs io.ReadSeeker = strings.NewReader("0123456789")
	rs.Seek(5, io.SeekStart)
	rest, _ := io.ReadAll(rs)
	fmt.Printf("%s\n", rest)
}
