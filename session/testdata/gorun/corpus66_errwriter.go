package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

type errWriter struct {
	w   io.Writer
	n   int
	err error
}

func (ew *errWriter) write(p []byte) {
	if ew.err != nil {
		return
	}
	var n int
	n, ew.err = ew.w.Write(p)
	ew.n += n
}

func (ew *errWriter) printf(format string, args ...any) {
	ew.write([]byte(fmt.Sprintf(format, args...)))
}

type limitedWriter struct {
	buf   bytes.Buffer
	limit int
}

var errFull = errors.New("writer full")

func (l *limitedWriter) Write(p []byte) (int, error) {
	room := l.limit - l.buf.Len()
	if room <= 0 {
		return 0, errFull
	}
	if len(p) > room {
		l.buf.Write(p[:room])
		return room, errFull
	}
	return l.buf.Write(p)
}

func emit(w io.Writer) (int, error) {
	ew := &errWriter{w: w}
	ew.write([]byte("header\n"))
	for i := 1; i <= 3; i++ {
		ew.printf("line %d\n", i)
	}
	ew.write([]byte("footer\n"))
	return ew.n, ew.err
}

func main() {
	var buf bytes.Buffer
	n, err := emit(&buf)
	fmt.Println(n, err)
	fmt.Print(buf.String())

	lw := &limitedWriter{limit: 20}
	n, err = emit(lw)
	fmt.Println(n, err, errors.Is(err, errFull))
	fmt.Printf("%q\n", lw.buf.String())
}
