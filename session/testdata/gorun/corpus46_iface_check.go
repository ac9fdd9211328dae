package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
}

type mapStore map[string]string

func (m mapStore) Get(k string) (string, bool) { v, ok := m[k]; return v, ok }
func (m mapStore) Set(k, v string)             { m[k] = v }

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

// Compile-time checks.
var (
	_ Store        = mapStore(nil)
	_ io.Writer    = (*countingWriter)(nil)
	_ error        = (*myErr)(nil)
	_ fmt.Stringer = stringerFunc(nil)
)

type stringerFunc func() string

func (f stringerFunc) String() string { return f() }

func main() {
	var s Store = mapStore{}
	s.Set("a", "1")
	v, ok := s.Get("a")
	fmt.Println(v, ok)
	_, ok = s.Get("b")
	fmt.Println(ok)

	var sb strings.Builder
	cw := &countingWriter{w: &sb}
	fmt.Fprintf(cw, "hello %s\n", "world")
	io.WriteString(cw, "more")
	fmt.Println(cw.n, sb.Len())

	var w io.Writer = cw
	if _, isStringer := w.(fmt.Stringer); !isStringer {
		fmt.Println("countingWriter is not a Stringer")
	}
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("x")
	} else {
		fmt.Println("no WriteString; io.WriteString falls back to Write")
	}

	var err error = &myErr{404}
	var me *myErr
	fmt.Println(errors.As(err, &me), me.code)

	f := stringerFunc(func() string { return "from a func" })
	fmt.Println(f)
	fmt.Printf("%v|%s|%d\n", f, f, 7)
}
