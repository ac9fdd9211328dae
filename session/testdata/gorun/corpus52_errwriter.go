package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

type errWriter struct {
	w   io.Writer
	err error
}

func (ew *errWriter) write(buf []byte) {
	if ew.err != nil {
		return
	}
	_, ew.err = ew.w.Write(buf)
}

// limitedWriter fails once it has accepted n bytes.
type limitedWriter struct {
	buf bytes.Buffer
	n   int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.buf.Len()+len(p) > l.n {
		return 0, errors.New("disk full")
	}
	return l.buf.Write(p)
}

func writeAll(w io.Writer, parts []string) error {
	ew := &errWriter{w: w}
	for _, p := range parts {
		ew.write([]byte(p))
	}
	return ew.err
}

func main() {
	parts := []string{"header\n", "body line 1\n", "body line 2\n", "trailer\n"}

	var ok bytes.Buffer
	if err := writeAll(&ok, parts); err != nil {
		fmt.Println("unexpected:", err)
	}
	fmt.Print(ok.String())

	lw := &limitedWriter{n: 20}
	err := writeAll(lw, parts)
	fmt.Println("error:", err)
	fmt.Printf("written so far: %q\n", lw.buf.String())
}
