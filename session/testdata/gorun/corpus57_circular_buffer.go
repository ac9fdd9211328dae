package main

import (
	"errors"
	"fmt"
)

var (
	ErrEmpty = errors.New("buffer empty")
	ErrFull  = errors.New("buffer full")
)

type Buffer struct {
	data       []byte
	head, size int
}

func NewBuffer(n int) *Buffer { return &Buffer{data: make([]byte, n)} }

func (b *Buffer) ReadByte() (byte, error) {
	if b.size == 0 {
		return 0, ErrEmpty
	}
	c := b.data[b.head]
	b.head = (b.head + 1) % len(b.data)
	b.size--
	return c, nil
}

func (b *Buffer) WriteByte(c byte) error {
	if b.size == len(b.data) {
		return ErrFull
	}
	b.data[(b.head+b.size)%len(b.data)] = c
	b.size++
	return nil
}

func (b *Buffer) Overwrite(c byte) {
	if b.size < len(b.data) {
		b.WriteByte(c)
		return
	}
	b.data[b.head] = c
	b.head = (b.head + 1) % len(b.data)
}

func (b *Buffer) Reset() { b.head, b.size = 0, 0 }

func (b *Buffer) String() string {
	out := make([]byte, 0, b.size)
	for i := range b.size {
		out = append(out, b.data[(b.head+i)%len(b.data)])
	}
	return fmt.Sprintf("[%s]", out)
}

type step struct {
	op string
	c  byte
}

func main() {
	b := NewBuffer(3)
	steps := []step{
		{"r", 0}, {"w", '1'}, {"w", '2'}, {"r", 0}, {"w", '3'}, {"w", '4'}, {"w", '5'},
		{"o", '6'}, {"o", '7'}, {"r", 0}, {"x", 0}, {"r", 0}, {"w", '8'},
	}
	for _, s := range steps {
		var err error
		var c byte
		switch s.op {
		case "r":
			c, err = b.ReadByte()
		case "w":
			err = b.WriteByte(s.c)
		case "o":
			b.Overwrite(s.c)
		case "x":
			b.Reset()
		}
		switch {
		case errors.Is(err, ErrEmpty), errors.Is(err, ErrFull):
			fmt.Printf("%s %q -> %v %v\n", s.op, s.c, err, b)
		case s.op == "r":
			fmt.Printf("r -> %c %v\n", c, b)
		default:
			fmt.Printf("%s %q -> %v\n", s.op, s.c, b)
		}
	}
}
