package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Pipe is an in-memory io.ReadWriteCloser: a byte queue.
type Pipe struct {
	buf    []byte
	closed bool
	reads  int
}

var ErrClosed = errors.New("pipe closed")

func (p *Pipe) Write(b []byte) (int, error) {
	if p.closed {
		return 0, ErrClosed
	}
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *Pipe) Read(b []byte) (int, error) {
	p.reads++
	if len(p.buf) == 0 {
		if p.closed {
			return 0, io.EOF
		}
		return 0, nil
	}
	n := copy(b, p.buf)
	p.buf = p.buf[n:]
	return n, nil
}

func (p *Pipe) Close() error {
	if p.closed {
		return ErrClosed
	}
	p.closed = true
	return nil
}

// Flusher is a small interface of our own, embedded with library ones.
type Flusher interface{ Flush() error }

type WriteFlushCloser interface {
	io.Writer
	Flusher
	io.Closer
}

// bufferedPipe embeds *bufio.Writer for Write, and adds Close.
type bufferedPipe struct {
	*bufio.Writer
	p *Pipe
}

// Flush is the embedded writer's, spelled out.
func (b *bufferedPipe) Flush() error { return b.Writer.Flush() }

func (b *bufferedPipe) Close() error {
	if err := b.Flush(); err != nil {
		return err
	}
	return b.p.Close()
}

func capabilities(v any) string {
	var caps []string
	if _, ok := v.(io.Reader); ok {
		caps = append(caps, "R")
	}
	if _, ok := v.(io.Writer); ok {
		caps = append(caps, "W")
	}
	if _, ok := v.(io.Closer); ok {
		caps = append(caps, "C")
	}
	if _, ok := v.(io.ReadWriteCloser); ok {
		caps = append(caps, "RWC")
	}
	if _, ok := v.(Flusher); ok {
		caps = append(caps, "F")
	}
	return strings.Join(caps, ",")
}

func main() {
	p := &Pipe{}
	var rwc io.ReadWriteCloser = p
	fmt.Fprintf(rwc, "line %d\n", 1)
	io.WriteString(rwc, "line 2\n")
	var r io.Reader = rwc // narrowing
	small := make([]byte, 4)
	n, err := r.Read(small)
	fmt.Printf("%q %d %v\n", small[:n], n, err)
	fmt.Println(rwc.Close(), rwc.Close())
	_, err = rwc.Write([]byte("late"))
	fmt.Println(err, errors.Is(err, ErrClosed))
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v reads=%d\n", rest, err, p.reads)

	p2 := &Pipe{}
	var wfc WriteFlushCloser = &bufferedPipe{bufio.NewWriterSize(p2, 16), p2}
	fmt.Fprint(wfc, "buffered ")
	fmt.Println("before flush:", len(p2.buf))
	wfc.Flush()
	fmt.Println("after flush:", len(p2.buf))
	fmt.Fprint(wfc, "more")
	fmt.Println(wfc.Close(), string(p2.buf), p2.closed)

	fmt.Println("close again:", wfc.Close())
	fmt.Println(capabilities(p), "|", capabilities(strings.NewReader("")))

	sc := bufio.NewScanner(strings.NewReader("a b\nc d e\n"))
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
	}
	fmt.Println("words:", words)
}
