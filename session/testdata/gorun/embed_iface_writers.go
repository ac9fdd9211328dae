package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
)

// Wrappers that embed io, http and context interfaces and an error, with
// other fields beside them.

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type namedReader struct {
	io.Reader
	name string
}

type upperWriter struct{ io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.Writer.Write(bytes.ToUpper(p))
}

type wrapped struct{ error }

type opError struct {
	error
	op string
}

func fail(op string) error { return &opError{errors.New("disk full"), op} }

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

type tagged struct {
	context.Context
	tag string
}

func main() {
	cw := &countingWriter{Writer: os.Stdout}
	fmt.Fprintf(cw, "hello %d\n", 5)
	fmt.Println(cw.n)
	nr := namedReader{strings.NewReader("abc"), "src"}
	b, err := io.ReadAll(nr)
	fmt.Println(string(b), err, nr.name)
	fmt.Fprintln(upperWriter{os.Stdout}, "shout")
	w := wrapped{errors.New("inner")}
	fmt.Println(w.error, w, w.Error())
	e := fail("write")
	fmt.Println(e)
	if oe, ok := e.(*opError); ok {
		fmt.Println(oe.op, oe.error)
	}
	rec := httptest.NewRecorder()
	sr := &statusRecorder{ResponseWriter: rec, status: 200}
	var hw http.ResponseWriter = sr
	hw.Header().Set("X-Kind", "test")
	hw.WriteHeader(http.StatusNotFound)
	io.WriteString(hw, "nope")
	fmt.Println(sr.status, rec.Code, rec.Body.String(), rec.Header().Get("X-Kind"))
	t := tagged{context.Background(), "t1"}
	fmt.Println(t.Err(), t.tag, t.Value("k"))
	ctx, cancel := context.WithCancel(t)
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
}
