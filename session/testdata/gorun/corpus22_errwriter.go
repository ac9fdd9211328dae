package main

import (
	"bytes"
	"encoding/binary"
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

type limitedWriter struct {
	n   int
	buf bytes.Buffer
}

var ErrFull = errors.New("writer full")

func (l *limitedWriter) Write(p []byte) (int, error) {
	if l.buf.Len()+len(p) > l.n {
		return 0, ErrFull
	}
	return l.buf.Write(p)
}

type Writer struct {
	w     io.Writer
	n     int
	err   error
	calls int
}

func (b *Writer) Write(p []byte) *Writer {
	b.calls++
	if b.err != nil {
		return b
	}
	n, err := b.w.Write(p)
	b.n += n
	b.err = err
	return b
}

func (b *Writer) Flush() (int, error) { return b.n, b.err }

func main() {
	var out bytes.Buffer
	ew := &errWriter{w: &out}
	ew.write([]byte("header;"))
	ew.write([]byte("body;"))
	ew.write([]byte("trailer"))
	fmt.Println(out.String(), ew.err)

	lw := &limitedWriter{n: 10}
	ew2 := &errWriter{w: lw}
	for _, s := range []string{"abc", "defg", "hijk", "lmn"} {
		ew2.write([]byte(s))
	}
	if ew2.err != nil {
		fmt.Println("error:", ew2.err, "buffered:", lw.buf.String())
	}
	fmt.Println(errors.Is(ew2.err, ErrFull))

	bw := &Writer{w: &limitedWriter{n: 8}}
	n, err := bw.Write([]byte("one")).Write([]byte("two")).Write([]byte("three")).Write([]byte("x")).Flush()
	fmt.Println(n, err, bw.calls)

	var bin bytes.Buffer
	ew3 := &errWriter{w: &bin}
	for _, v := range []uint16{1, 256, 0xbeef} {
		var b [2]byte
		binary.BigEndian.PutUint16(b[:], v)
		ew3.write(b[:])
	}
	fmt.Printf("% x %v\n", bin.Bytes(), ew3.err)
}
