package main

import (
	"fmt"
	"io"
	"strings"
)

// An interface of the program's that embeds a library's.
type NamedReader interface {
	io.Reader
	Name() string
}

type file struct {
	r    io.Reader
	name string
}

func (f *file) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f *file) Name() string               { return f.name }

type CodedErr interface {
	error
	Code() int
}

type httpErr struct{ code int }

func (h httpErr) Error() string { return fmt.Sprint("http ", h.code) }
func (h httpErr) Code() int     { return h.code }

func main() {
	var nr NamedReader = &file{strings.NewReader("abc"), "one"}
	read := nr.Read
	name := nr.Name
	nr = &file{strings.NewReader("xyz"), "two"}
	buf := make([]byte, 3)
	n, err := read(buf)
	fmt.Println(n, err, string(buf), name(), nr.Name())

	var ce CodedErr = httpErr{404}
	msg := ce.Error
	ce = httpErr{500}
	fmt.Println(msg(), ce.Code())

	var msgs []func() string
	for _, e := range []CodedErr{httpErr{1}, httpErr{2}} {
		msgs = append(msgs, e.Error)
	}
	fmt.Println(msgs[0](), msgs[1]())
}
