package main

import (
	"fmt"
	"io"
	"strings"
)

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
}

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(msg string) string {
	l.lines++
	return fmt.Sprintf("%s[%d] %s", l.prefix, l.lines, msg)
}

// LoggedBuffer embeds both: their methods are promoted.
type LoggedBuffer struct {
	*Buffer
	Logger
	name string
}

func (lb *LoggedBuffer) Write(s string) {
	fmt.Println(lb.Log("write " + s))
	lb.Buffer.Write(s)
}

type Animal interface {
	Sound() string
	Name() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Dog struct{ base }

func (Dog) Sound() string { return "woof" }

type Cat struct {
	base
	lives int
}

func (c Cat) Sound() string { return fmt.Sprintf("meow (%d lives)", c.lives) }

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	lb := &LoggedBuffer{Buffer: &Buffer{}, Logger: Logger{prefix: "buf"}, name: "main"}
	var rw ReadWriter = lb
	rw.Write("hello")
	rw.Write("world")
	fmt.Println(rw.Read(), lb.Read(), lb.Read() == "")
	fmt.Println("lines logged:", lb.lines, "prefix:", lb.prefix)

	animals := []Animal{Dog{base{"rex"}}, Cat{base{"tom"}, 9}}
	for _, a := range animals {
		fmt.Printf("%s says %s\n", a.Name(), a.Sound())
	}
	var w Writer = &Buffer{}
	if _, ok := w.(Reader); ok {
		fmt.Println("a *Buffer is also a Reader")
	}
	b, _ := io.ReadAll(upper{strings.NewReader("composed readers")})
	fmt.Println(string(b))
}
